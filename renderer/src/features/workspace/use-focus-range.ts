import { useEffect, type RefObject } from 'react';
import type { TextRange } from '../highlights/text-dom';
import type { FocusRange } from './side-panel-state';

interface FocusRangeOptions {
  focusRange: FocusRange | null;
  docId: string;
  /** False until the stored reading position has been restored: that restore would scroll away. */
  ready: boolean;
  scrollRef: RefObject<HTMLElement | null>;
  /**
   * Brings the range into the DOM (a long document renders only the text near the view), scrolls
   * it into view and resolves to its DOM ranges (none when it is outside the body).
   */
  scrollToRange: (range: TextRange) => Promise<Range[]>;
  onFocused: () => void;
}

/** Makes the DOM ranges of one stretch of text the user's selection. */
export function selectRanges(ranges: Range[]): boolean {
  const first = ranges[0];
  const last = ranges.at(-1);
  if (!first || !last) return false;
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}

// Frames to wait for a block moved to the top to stay there while the text around it is measured.
const MAX_PLACING = 12;

/**
 * Scrolls so that the block holding the range's start is at the top of the view, again on the
 * next frames while a long document's chunks around it are drawn and measured (they move it).
 */
async function scrollToTop(scroller: HTMLElement | null, ranges: Range[]): Promise<void> {
  const start = ranges[0]?.startContainer;
  const element = start instanceof Element ? start : start?.parentElement;
  const index = element?.closest<HTMLElement>('[data-block-index]')?.dataset['blockIndex'];
  if (!scroller || !element || index === undefined) return;
  for (let attempt = 0; attempt < MAX_PLACING; attempt++) {
    // Found afresh each frame: a chunk drawn again holds a new element.
    const block = scroller.querySelector(`[data-block-index="${index}"]`);
    if (!block) return;
    const off = block.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    if (Math.abs(off) < 2 && attempt > 0) return;
    if (Math.abs(off) >= 2) scroller.scrollTop += off;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Shows a chosen search result: scrolls to its text and makes it the user's selection, so the
 * selection toolbar offers to highlight it at once, as if the user had selected it by hand.
 * A range with `select: false` (a table-of-contents entry) is only scrolled to the top of the view.
 */
export function useFocusRange({ focusRange, docId, ready, scrollRef, scrollToRange, onFocused }: FocusRangeOptions): void {
  useEffect(() => {
    if (!focusRange || focusRange.docId !== docId || !ready) return;
    onFocused();
    if (focusRange.select === false) {
      void scrollToRange(focusRange).then((ranges) => scrollToTop(scrollRef.current, ranges));
      return;
    }
    // Focus leaves the search field for the reader, so reader keys (H to highlight) work at once.
    scrollRef.current?.focus({ preventScroll: true });
    void scrollToRange(focusRange).then((ranges) => {
      // A match in the title, which is above the body.
      if (!selectRanges(ranges)) scrollRef.current?.scrollTo({ top: 0 });
    });
  }, [focusRange, docId, ready, scrollRef, scrollToRange, onFocused]);
}
