import { useMemo, type MouseEvent as ReactMouseEvent } from 'react';

const DRAG_THRESHOLD_PX = 4;

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Highlight boxes lie over the text so a click reaches them; this keeps the text under them
 * selectable: a drag that starts on a box selects text as if the box were not there, a double
 * click selects the word under it, and a plain click selects the highlight. While dragging, the
 * boxes of the whole reader body let the mouse through (the text is drawn in several chunks,
 * each with its own layer).
 */
export function useDragThrough(onSelect: (id: string) => void) {
  return useMemo(
    () => ({
      onMouseDown(event: ReactMouseEvent<HTMLElement>) {
        if (event.button !== 0) return;
        event.preventDefault();
        const id = event.currentTarget.dataset['highlightId'] ?? '';
        const layer = event.currentTarget.closest<HTMLElement>('.reader-body');
        const from = { x: event.clientX, y: event.clientY };
        const clicks = event.detail;
        let dragging = false;

        const passThrough = (on: boolean) => layer?.classList.toggle('pass-through', on);

        if (clicks >= 2) {
          passThrough(true);
          const caret = caretAt(from.x, from.y);
          passThrough(false);
          const selection = window.getSelection();
          if (caret && selection) {
            selection.collapse(caret.node, caret.offset);
            selection.modify('move', 'backward', 'word');
            selection.modify('extend', 'forward', 'word');
          }
          return;
        }

        const onMove = (move: MouseEvent) => {
          if (!dragging && Math.hypot(move.clientX - from.x, move.clientY - from.y) < DRAG_THRESHOLD_PX) return;
          dragging = true;
          passThrough(true);
          const anchor = caretAt(from.x, from.y);
          const focus = caretAt(move.clientX, move.clientY);
          if (anchor && focus) window.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
        };
        const onUp = () => {
          window.removeEventListener('mousemove', onMove);
          window.removeEventListener('mouseup', onUp);
          passThrough(false);
          if (!dragging) {
            window.getSelection()?.removeAllRanges();
            onSelect(id);
          }
        };
        window.addEventListener('mousemove', onMove);
        window.addEventListener('mouseup', onUp);
      },
    }),
    [onSelect],
  );
}
