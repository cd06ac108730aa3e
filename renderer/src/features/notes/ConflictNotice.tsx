import { FormattedMessage, useIntl } from 'react-intl';
import type { NoteRow } from '../../core/notes/note-types';
import './NoteNotice.css';
import { useNoteNavigation } from './note-navigation';

interface ConflictNoticeProps {
  /** The copies that keep another window's version of this note. */
  copies: NoteRow[];
  onDismiss: () => void;
}

/** Says that another window changed the note too, and where its version was kept. */
export function ConflictNotice({ copies, onDismiss }: ConflictNoticeProps) {
  const intl = useIntl();
  const { openNote } = useNoteNavigation();
  const links = copies.map((copy, i) => (
    <span key={copy.id}>
      {i > 0 && intl.formatMessage({ id: 'common.listSeparator' })}
      <button type="button" className="link-button" data-note-id={copy.id} dir="auto" onClick={() => openNote(copy.id)}>
        {copy.title}
      </button>
    </span>
  ));
  return (
    <div className="note-notice" role="status" data-testid="note-conflict">
      <p>
        <FormattedMessage id="notes.conflict" values={{ copies: <>{links}</> }} />
      </p>
      <button type="button" className="quiet-button" onClick={onDismiss}>
        <FormattedMessage id="common.dismiss" />
      </button>
    </div>
  );
}
