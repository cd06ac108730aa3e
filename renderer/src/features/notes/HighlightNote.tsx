import { useState } from 'react';
import { titleFromText } from '../../core/notes/note-content';
import type { NoteIdentity } from '../../data/note-store';
import { useHighlightBacklinks, useNoteOnHighlight } from '../../data/use-notes';
import { Backlinks } from './Backlinks';
import { NoteEditor } from './NoteEditor';

interface HighlightNoteProps {
  highlightId: string;
  docId: string;
  /** The highlighted text, which titles a new note. */
  quote: string;
  onSaveError: (error: unknown) => void;
}

/** The note on a highlight, written beside the text; the row is created by the first keystroke. */
export function HighlightNote({ highlightId, docId, quote, onSaveError }: HighlightNoteProps) {
  const note = useNoteOnHighlight(highlightId);
  const backlinks = useHighlightBacklinks(highlightId);
  const [newId] = useState(() => crypto.randomUUID());
  const [identity, setIdentity] = useState<NoteIdentity | null>(null);
  // Fixed once the note is known, so the editor is not remounted when the first save creates it.
  if (identity === null && note !== undefined) {
    setIdentity(note ? { id: note.id, title: note.title, highlightId, docId } : { id: newId, title: titleFromText(quote), highlightId, docId });
  }
  return (
    <div className="highlight-note">
      {identity && note !== undefined ? (
        <NoteEditor
          key={identity.id}
          identity={identity}
          initialContent={note?.id === identity.id ? note.content : undefined}
          label="Note on this highlight"
          placeholder="Write a note on this passage…"
          onSaveError={onSaveError}
        />
      ) : (
        <p className="status">Loading the note…</p>
      )}
      <Backlinks links={backlinks} label="Notes linking to this passage" />
    </div>
  );
}
