import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectedRange, type TextRange } from './text-dom';

export interface TextSelection {
  range: TextRange;
  /** The selection's bounding box in the viewport, to place the toolbar by it. */
  rect: DOMRect;
}

/**
 * The highlightable part of the user's selection in the reader body, once the mouse is released
 * (keyboard selections update at once). Null when nothing highlightable is selected.
 * `clear` removes the page's selection and forgets it in the same render as the caller's own
 * change (a colour click), instead of in a render of its own when the browser reports the
 * selection gone a task later: on a long book that second render of the workspace fell between
 * the click and its frame.
 */
export function useTextSelection(
  bodyRef: RefObject<HTMLElement | null>,
  text: string,
): { selection: TextSelection | null; clear: () => void } {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  useEffect(() => {
    let mouseDown = false;
    const update = () => {
      const body = bodyRef.current;
      const current = window.getSelection();
      const range = body ? selectedRange(body, current, text) : null;
      if (!range || !current) {
        setSelection(null);
        return;
      }
      setSelection({ range, rect: current.getRangeAt(0).getBoundingClientRect() });
    };
    const onSelectionChange = () => {
      if (mouseDown) setSelection(null);
      else update();
    };
    // While the button is held, highlight boxes let the mouse through, so a drag that ends over
    // an existing highlight ends in the text under it, not in the overlay.
    const onMouseDown = (event: MouseEvent) => {
      if (event.button !== 0) return;
      mouseDown = true;
      bodyRef.current?.classList.add('pass-through');
    };
    const onMouseUp = () => {
      if (!mouseDown) return;
      mouseDown = false;
      bodyRef.current?.classList.remove('pass-through');
      update();
    };
    // The toolbar stays by the selection as the reader scrolls (the boxes scroll with the text).
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const current = window.getSelection();
        setSelection((previous) =>
          previous && current && current.rangeCount > 0 ? { ...previous, rect: current.getRangeAt(0).getBoundingClientRect() } : previous,
        );
      });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('mousedown', onMouseDown, true);
    document.addEventListener('mouseup', onMouseUp, true);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('mousedown', onMouseDown, true);
      document.removeEventListener('mouseup', onMouseUp, true);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [bodyRef, text]);

  return { selection, clear };
}
