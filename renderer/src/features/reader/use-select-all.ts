import { useEffect, useMemo, useState, type RefObject } from 'react';
import { isEditable } from '../../use-document-keys';
import type { TextSelection } from '../highlights/use-text-selection';
import { offerReaderSelectAll } from './menu-select-all';
import { isWholeBody } from './reader-selection';
import { wholeTextSpan } from './selection-text';

// Room above the point the toolbar is placed by: it sits at the top of the visible text.
const TOOLBAR_ROOM = 60;

/**
 * Ctrl/⌘+A (by key position, so in any layout) in the reading view selects the whole document,
 * not only the chunks drawn now: the real selection spans the body's contents, so every chunk
 * drawn shows selected as the reader scrolls, and this returns the logical selection, the whole
 * text, for the selection toolbar and H to act on (copying it is useReaderCopy's). Escape, a
 * click or any other selection ends it. In a text field (the note editor, a title being renamed)
 * Ctrl+A stays the field's own.
 */
export function useSelectAll(bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>, text: string): TextSelection | null {
  const [active, setActive] = useState(false);
  const [rect, setRect] = useState<DOMRect | null>(null);

  useEffect(() => {
    const wholeSelected = () => {
      const body = bodyRef.current;
      return body !== null && isWholeBody(body, document.getSelection());
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' && wholeSelected()) {
        document.getSelection()?.removeAllRanges();
        return;
      }
      if (event.code !== 'KeyA' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const body = bodyRef.current;
      const scroller = scrollRef.current;
      if (!body || !scroller || !(event.target instanceof Node) || !scroller.contains(event.target) || isEditable(event.target)) return;
      event.preventDefault();
      document.getSelection()?.selectAllChildren(body);
    };
    // The desktop menu's Select All: the same, when the focus is in the reading view.
    const fromMenu = () => {
      const body = bodyRef.current;
      const scroller = scrollRef.current;
      const focused = document.activeElement;
      if (!body || !scroller || !focused || !scroller.contains(focused) || isEditable(focused)) return false;
      document.getSelection()?.selectAllChildren(body);
      return true;
    };
    const onSelectionChange = () => setActive(wholeSelected());
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('selectionchange', onSelectionChange);
    const withdraw = offerReaderSelectAll(fromMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('selectionchange', onSelectionChange);
      withdraw();
    };
  }, [bodyRef, scrollRef]);

  // The toolbar's place: by the top of the text in view, kept there as the reader scrolls.
  useEffect(() => {
    const scroller = scrollRef.current;
    const body = bodyRef.current;
    if (!active || !scroller || !body) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const view = scroller.getBoundingClientRect();
      const box = body.getBoundingClientRect();
      setRect(new DOMRect(box.left, Math.max(view.top, box.top) + TOOLBAR_ROOM, box.width, 0));
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [active, bodyRef, scrollRef]);

  const span = useMemo(() => wholeTextSpan(text), [text]);
  return useMemo(() => (active && rect && span ? { range: span, rect } : null), [active, rect, span]);
}
