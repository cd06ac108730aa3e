import { useState, useSyncExternalStore } from 'react';
import { FormattedMessage } from 'react-intl';
import { journalCannotCover, subscribeJournal } from '../../data/note-journal';
import './NoteNotice.css';

/** Notes whose notice the user dismissed in this session: they are told once. */
const dismissed = new Set<string>();

/**
 * Says, once, that the recovery journal cannot hold this note (too long for the browser's
 * storage), so a reload or crash just after typing may lose the newest text.
 */
export function JournalNotice({ noteId }: { noteId: string }) {
  const uncovered = useSyncExternalStore(subscribeJournal, () => journalCannotCover(noteId));
  const [shown, setShown] = useState(true);
  if (!uncovered || !shown || dismissed.has(noteId)) return null;
  return (
    <div className="note-notice" role="status" data-testid="journal-notice">
      <p>
        <FormattedMessage id="notes.journalTooLong" />
      </p>
      <button
        type="button"
        className="quiet-button"
        onClick={() => {
          dismissed.add(noteId);
          setShown(false);
        }}
      >
        <FormattedMessage id="common.dismiss" />
      </button>
    </div>
  );
}
