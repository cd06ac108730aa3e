import { useEffect, type RefObject } from 'react';
import type { TextRange } from '../highlights/text-dom';
import type { FocusRange } from './side-panel-state';

interface FocusRangeOptions {
  focusRange: FocusRange | null;
  docId: string;
  /** False until the stored reading position has been restored: that restore would scroll away. */
  ready: boolean;
  scrollRef: RefObject<HTMLElement | null>;
  /** Scrolls the range into view and returns its DOM ranges (none when it is outside the body). */
  scrollToRange: (range: TextRange) => Range[];
  onFocused: () => void;
}

/** Scrolls so that the block holding the range's start is at the top of the view. */
function scrollToTop(scroller: HTMLElement | null, ranges: Range[]): void {
  const start = ranges[0]?.startContainer;
  const element = start instanceof Element ? start : start?.parentElement;
  const block = element?.closest('[data-block-index]') ?? element;
  if (!scroller || !block) return;
  scroller.scrollTop += block.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
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
      scrollToTop(scrollRef.current, scrollToRange(focusRange));
      return;
    }
    // Focus leaves the search field for the reader, so reader keys (H to highlight) work at once.
    scrollRef.current?.focus({ preventScroll: true });
    const ranges = scrollToRange(focusRange);
    const first = ranges[0];
    const last = ranges.at(-1);
    if (!first || !last) {
      scrollRef.current?.scrollTo({ top: 0 }); // a match in the title, which is above the body
      return;
    }
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(last.endContainer, last.endOffset);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, [focusRange, docId, ready, scrollRef, scrollToRange, onFocused]);
}
