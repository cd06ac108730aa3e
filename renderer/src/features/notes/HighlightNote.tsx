import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { noteContentProblem } from '../../core/export/note-content-check';
import { titleFromText } from '../../core/notes/note-content';
import type { NoteIdentity } from '../../data/note-store';
import { useBacklinks, useNoteOnHighlight } from '../../data/use-notes';
import { Backlinks } from './Backlinks';
import { JournalNotice } from './JournalNotice';
import { NoteEditor } from './NoteEditor';
import { UnreadableNote } from './UnreadableNote';

interface HighlightNoteProps {
  highlightId: string;
  docId: string;
  /** The highlighted text, which titles a new note. */
  quote: string;
  onSaveError: (error: unknown) => void;
}

/** The note on a highlight, written beside the text; the row is created by the first keystroke. */
export function HighlightNote({ highlightId, docId, quote, onSaveError }: HighlightNoteProps) {
  const intl = useIntl();
  const note = useNoteOnHighlight(highlightId);
  const backlinks = useBacklinks(note?.id ?? null, highlightId);
  const [identity, setIdentity] = useState<NoteIdentity | null>(null);
  /** The id of the stored note last seen on the highlight. */
  const [seenId, setSeenId] = useState<string | null>(null);
  // The identity is fixed while the note is the same, so the editor is not remounted when the
  // first save creates it. Another note taking its place (a restore) is opened instead; if the
  // note is deleted, a new one starts.
  if (note && note.id !== seenId) {
    setSeenId(note.id);
    if (identity?.id !== note.id) setIdentity({ id: note.id, title: note.title, highlightId, docId });
  } else if (note === null && (identity === null || seenId !== null)) {
    setSeenId(null);
    setIdentity({ id: crypto.randomUUID(), title: titleFromText(quote), highlightId, docId });
  }
  const content = note?.content;
  const problem = useMemo(() => (content === undefined ? null : noteContentProblem(content)), [content]);
  return (
    <div className="highlight-note">
      {note && problem !== null ? (
        <UnreadableNote content={note.content} problem={problem} />
      ) : identity && note !== undefined ? (
        <NoteEditor
          key={identity.id}
          identity={identity}
          initialContent={note?.id === identity.id ? note.content : undefined}
          stored={note?.id === identity.id ? note : null}
          label={intl.formatMessage({ id: 'notes.highlightNote' })}
          placeholder={intl.formatMessage({ id: 'notes.highlightNotePlaceholder' })}
          onSaveError={onSaveError}
        />
      ) : (
        <p className="status">
          <FormattedMessage id="notes.loading" />
        </p>
      )}
      {identity && <JournalNotice noteId={identity.id} />}
      <Backlinks links={backlinks} label={intl.formatMessage({ id: 'notes.backlinks.highlight' })} />
    </div>
  );
}
