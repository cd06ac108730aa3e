/** Which side-panel tab shows, the notebook note open in it, and a passage waiting to be shown. */
export type SideTab = 'highlights' | 'notebook' | 'contents';

/** A stretch of a document's original text to show and select (a chosen search result). */
export interface FocusRange {
  docId: string;
  start: number;
  end: number;
  /** false: only scroll, putting the text at the top of the view, and leave selection and focus alone (a table-of-contents entry). */
  select?: false;
}

export interface SidePanelState {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  openNoteId: string | null;
  onOpenNote: (noteId: string | null) => void;
  /** A highlight to select and scroll to once the document has anchored it (a followed passage link). */
  focusHighlightId: string | null;
  /** Text to scroll to and select once the document is shown; at most one of this and `focusHighlightId` is set. */
  focusRange: FocusRange | null;
  /** Called once the pending highlight or range has been shown. */
  onFocused: () => void;
}
