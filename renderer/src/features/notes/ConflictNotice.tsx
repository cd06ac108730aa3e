import type { NoteRow } from '../../core/notes/note-types';
import './ConflictNotice.css';
import { useNoteNavigation } from './note-navigation';

interface ConflictNoticeProps {
  /** The copies that keep another window's version of this note. */
  copies: NoteRow[];
  onDismiss: () => void;
}

/** Says that another window changed the note too, and where its version was kept. */
export function ConflictNotice({ copies, onDismiss }: ConflictNoticeProps) {
  const { openNote } = useNoteNavigation();
  return (
    <div className="note-conflict" role="status" data-testid="note-conflict">
      <p>
        This note was changed in another window while you were typing here. Your text is in this note; the other version was kept as{' '}
        {copies.map((copy, i) => (
          <span key={copy.id}>
            {i > 0 && ', '}
            <button type="button" className="link-button" data-note-id={copy.id} onClick={() => openNote(copy.id)}>
              {copy.title}
            </button>
          </span>
        ))}
        .
      </p>
      <button type="button" className="quiet-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
