import { useCallback, useState, type RefObject } from 'react';
import type { TocEntry } from '../../core/library/table-of-contents';
import type { PanelLayout } from '../layout/use-panel-layout';
import type { FocusRange, SideTab } from '../workspace/side-panel-state';
import { useFocusRange } from '../workspace/use-focus-range';
import { useTocShortcut } from './use-toc-shortcut';

interface TocNavigationOptions {
  docId: string;
  onTab: (tab: SideTab) => void;
  /** False until the stored reading position has been restored. */
  ready: boolean;
  scrollRef: RefObject<HTMLElement | null>;
  /** The workspace's way to bring a stretch of text into view, as the focus-range mechanism takes it. */
  scrollToRange: Parameters<typeof useFocusRange>[0]['scrollToRange'];
  layout?: PanelLayout;
}

export interface TocNavigation {
  /** Non-zero while the shortcut's request for focus waits for the table of contents to take it. */
  focusRequest: number;
  onFocusTaken: () => void;
  /** Scrolls the reader to an entry's heading, at the top of the view. */
  choose: (entry: TocEntry) => void;
}

/**
 * What the table of contents does in the workspace: choosing an entry scrolls the reader so its
 * heading is at the top (without selecting it), and Ctrl/⌘+Shift+O opens the contents tab with
 * the current entry focused. Where the side panel lies over the text, choosing an entry puts the
 * panel away, so the heading is seen, and the reader takes focus.
 */
export function useTocNavigation({ docId, onTab, ready, scrollRef, scrollToRange, layout }: TocNavigationOptions): TocNavigation {
  const [focusRequest, setFocusRequest] = useState(0);
  const [target, setTarget] = useState<FocusRange | null>(null);
  const onFocused = useCallback(() => setTarget(null), []);
  useFocusRange({ focusRange: target, docId, ready, scrollRef, scrollToRange, onFocused });

  const onFocusTaken = useCallback(() => setFocusRequest(0), []);
  const openContents = useCallback(() => {
    onTab('contents');
    setFocusRequest((request) => request + 1);
  }, [onTab]);
  useTocShortcut(openContents);

  const overlays = layout?.sidePanelOverlays ?? false;
  const close = layout?.close;
  const choose = useCallback(
    (entry: TocEntry) => {
      setTarget({ docId, start: entry.offset, end: entry.offset + 1, select: false });
      if (overlays && close) {
        close('sidePanel');
        // Once the panel has gone: until then the reader is inert and refuses focus (which then went
        // to the panel's toggle, so PageDown and the arrows did not read on).
        requestAnimationFrame(() => scrollRef.current?.focus({ preventScroll: true }));
      }
    },
    [docId, overlays, close, scrollRef],
  );
  return { focusRequest, onFocusTaken, choose };
}
