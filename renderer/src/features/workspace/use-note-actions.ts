import { useCallback, useState } from 'react';
import type { Highlight } from '../../core/highlights/highlight-types';
import { contentWithPassageLink, titleFromText } from '../../core/notes/note-content';
import type { NoteFate } from '../../data/highlight-store';
import { createNote, linkPassageInNote, noteOnHighlight } from '../../data/note-store';
import { focusEditorWhenOpened } from '../notes/EditorFocusPlugin';
import type { SidePanelState } from './side-panel-state';

interface NoteActionsOptions {
  docId: string;
  panel: SidePanelState;
  /** Deletes a highlight, and deletes or keeps the note on it, as one undoable step, without asking. */
  deleteHighlightNow: (id: string, noteFate?: NoteFate) => void;
  reportError: (error: unknown) => void;
}

/** What the workspace does with notes and highlights together: notes quoting passages, deleting with a note. */
export function useNoteActions({ docId, panel, deleteHighlightNow, reportError }: NoteActionsOptions) {
  // A highlight being deleted that has a note: the user is asked what becomes of the note.
  const [asking, setAsking] = useState<{ highlightId: string; noteId: string } | null>(null);

  const deleteHighlight = useCallback(
    (id: string) => {
      noteOnHighlight(id).then((note) => (note ? setAsking({ highlightId: id, noteId: note.id }) : deleteHighlightNow(id)), reportError);
    },
    [deleteHighlightNow, reportError],
  );

  const answer = useCallback(
    (keepNote: boolean) => {
      if (!asking) return;
      setAsking(null);
      deleteHighlightNow(asking.highlightId, keepNote ? 'keep-as-free-note' : 'delete');
    },
    [asking, deleteHighlightNow],
  );

  /** Starts a notebook note quoting a highlight's passage and opens it. */
  const startNoteQuoting = useCallback(
    (highlight: Highlight, quote: string) => {
      createNote({ title: titleFromText(quote), highlightId: null, docId }, contentWithPassageLink({ highlightId: highlight.id, docId, quote })).then(
        (note) => {
          focusEditorWhenOpened(note.id);
          panel.onOpenNote(note.id);
        },
        reportError,
      );
    },
    [docId, panel, reportError],
  );

  /** Links a highlight's passage at the end of the notebook note that is open, and shows it. */
  const linkInOpenNote = useCallback(
    (highlight: Highlight, quote: string) => {
      const noteId = panel.openNoteId;
      if (!noteId) return;
      linkPassageInNote(noteId, { highlightId: highlight.id, docId, quote }).then(() => panel.onOpenNote(noteId), reportError);
    },
    [docId, panel, reportError],
  );

  return { asking, answer, cancel: () => setAsking(null), deleteHighlight, startNoteQuoting, linkInOpenNote };
}
