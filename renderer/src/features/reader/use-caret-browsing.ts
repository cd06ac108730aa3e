import { useEffect, type RefObject } from 'react';
import { currentIntl } from '../../i18n/current-intl';
import './caret-browsing.css';

/** Marks the reader body while caret browsing is on (CSS shows the caret; key handlers treat it as text, not a field). */
export const CARET_ATTRIBUTE = 'data-caret-browsing';

/**
 * Caret browsing (F7, as in browsers): a caret in the reading view, moved with the arrow keys, so
 * text can be selected with Shift+arrows and highlighted (H, or the toolbar) without a mouse. The
 * body becomes contentEditable for its caret, and every edit is refused (beforeinput, paste, cut,
 * drop; an input method is stopped by leaving caret mode), so the text never changes.
 */
export function useCaretBrowsing(bodyRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const refuse = (event: Event) => event.preventDefault();
    const refused = ['beforeinput', 'paste', 'cut', 'drop', 'dragstart'] as const;

    function turnOn(body: HTMLElement) {
      body.setAttribute(CARET_ATTRIBUTE, '');
      body.contentEditable = 'true';
      body.spellcheck = false;
      body.setAttribute('aria-readonly', 'true');
      body.setAttribute('inputmode', 'none');
      body.setAttribute('role', 'document');
      body.setAttribute('aria-label', currentIntl().formatMessage({ id: 'reader.caretBrowsing' }, { key: 'F7' }));
      for (const type of refused) body.addEventListener(type, refuse);
      body.addEventListener('compositionstart', onComposition);
      const selection = window.getSelection();
      const inside = selection && selection.rangeCount > 0 && body.contains(selection.getRangeAt(0).startContainer);
      body.focus({ preventScroll: true });
      if (!inside) placeCaretInView(body);
    }

    function turnOff(body: HTMLElement) {
      body.removeAttribute(CARET_ATTRIBUTE);
      body.removeAttribute('contenteditable');
      for (const name of ['aria-readonly', 'inputmode', 'role', 'aria-label']) body.removeAttribute(name);
      for (const type of refused) body.removeEventListener(type, refuse);
      body.removeEventListener('compositionstart', onComposition);
      // Focus stays in the reading view, which scrolls with the keys.
      body.closest<HTMLElement>('.reader-scroll')?.focus({ preventScroll: true });
    }

    // An input method cannot be refused mid-composition: caret mode ends before it writes.
    function onComposition() {
      const body = bodyRef.current;
      if (body) turnOff(body);
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F7' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const body = bodyRef.current;
      if (!body) return;
      event.preventDefault();
      if (body.hasAttribute(CARET_ATTRIBUTE)) turnOff(body);
      else turnOn(body);
    };
    window.addEventListener('keydown', onKeyDown);
    // The body element lives as long as the reader (mounted per document).
    const mounted = bodyRef.current;
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      if (mounted?.hasAttribute(CARET_ATTRIBUTE)) turnOff(mounted);
    };
  }, [bodyRef]);
}

/** Puts the caret at the start of the first line of text that is in view. */
function placeCaretInView(body: HTMLElement): void {
  const scroller = body.closest<HTMLElement>('.reader-scroll');
  const top = scroller ? scroller.getBoundingClientRect().top : 0;
  for (const block of body.querySelectorAll<HTMLElement>('[data-start]')) {
    if (block.getBoundingClientRect().bottom <= top) continue;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode();
    if (!text) continue;
    const range = document.createRange();
    range.setStart(text, 0);
    range.collapse(true);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
}
