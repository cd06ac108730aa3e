import { createContext, useContext } from 'react';
import type { Highlight } from '../../core/highlights/highlight-types';

/** What activating a link does; given by the app, used by the link nodes inside notes. */
export interface NoteNavigation {
  openNote: (noteId: string) => void;
  openPassage: (highlightId: string, docId: string) => void;
  /** Whether a highlight's passage is still found in its document's text; null when the document is not loaded. */
  passageFound: (highlight: Highlight) => boolean | null;
}

const ignore: NoteNavigation = { openNote: () => {}, openPassage: () => {}, passageFound: () => null };

export const NoteNavigationContext = createContext<NoteNavigation>(ignore);

export function useNoteNavigation(): NoteNavigation {
  return useContext(NoteNavigationContext);
}
