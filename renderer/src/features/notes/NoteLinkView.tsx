import { FormattedMessage, useIntl } from 'react-intl';
import { useNote } from '../../data/use-notes';
import { useNoteNavigation } from './note-navigation';

/** A link to another note, showing its current title (links store the id, so renames follow). */
export function NoteLinkView({ noteId, title }: { noteId: string; title: string }) {
  const note = useNote(noteId);
  const { openNote } = useNoteNavigation();
  const intl = useIntl();
  if (note === null) {
    return (
      <span className="note-link broken" data-note-link={noteId} title={intl.formatMessage({ id: 'notes.deletedNote.title' })} dir="auto">
        {title} <span className="link-state">
          <FormattedMessage id="notes.deletedNote" />
        </span>
      </span>
    );
  }
  return (
    <button type="button" className="note-link" data-note-link={noteId} dir="auto" onClick={() => openNote(noteId)}>
      {note?.title || title}
    </button>
  );
}
