/** Which side-panel tab shows, the notebook note open in it, and a passage waiting to be shown. */
export type SideTab = 'highlights' | 'notebook';

export interface SidePanelState {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  openNoteId: string | null;
  onOpenNote: (noteId: string | null) => void;
  /** A highlight to select and scroll to once the document has anchored it (a followed passage link). */
  focusHighlightId: string | null;
  onFocused: () => void;
}
