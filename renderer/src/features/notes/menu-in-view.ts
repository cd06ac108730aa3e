import { useEffect } from 'react';

const MARGIN = 8;

/**
 * How far to move a menu along the line so all of it lies in the window, `margin` from its edges
 * (towards the start when it is wider than the window). Zero when it is in view already.
 */
export function inlineShift(box: { left: number; right: number }, viewWidth: number, margin = MARGIN): number {
  if (box.left < margin) return margin - box.left;
  if (box.right > viewWidth - margin) return Math.max(margin - box.left, viewWidth - margin - box.right);
  return 0;
}

/**
 * Keeps Lexical's typeahead menus (`body > .${className}`) inside the window. Lexical puts the
 * menu's container at the caret and lets the menu run on from it: in an Arabic note (right to
 * left) it ran off the window's left edge, making the page scroll sideways; Lexical's own check
 * only looks at the editor's right edge, and only once the menu was there when placed.
 */
export function useMenuInView(className: string): void {
  useEffect(() => {
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      // After Lexical has placed the container for this change.
      frame = requestAnimationFrame(() => {
        for (const menu of document.querySelectorAll<HTMLElement>(`body > .${className} > *`)) {
          menu.style.translate = '';
          const shift = inlineShift(menu.getBoundingClientRect(), document.documentElement.clientWidth);
          if (shift !== 0) menu.style.translate = `${shift}px 0`;
        }
      });
    };
    // Only the menus' containers are watched (their place, and the menu put in or changed), never
    // the rest of the page; the menu's own style, which this sets, is not.
    const watched = new WeakSet<Element>();
    const moved = new MutationObserver(place);
    const filled = new MutationObserver(place);
    const watch = () => {
      for (const container of document.querySelectorAll(`body > .${className}`)) {
        if (watched.has(container)) continue;
        watched.add(container);
        moved.observe(container, { attributes: true, attributeFilter: ['style'] });
        filled.observe(container, { childList: true, subtree: true });
      }
      place();
    };
    const added = new MutationObserver(watch);
    added.observe(document.body, { childList: true });
    watch();
    window.addEventListener('resize', place);
    return () => {
      cancelAnimationFrame(frame);
      added.disconnect();
      moved.disconnect();
      filled.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [className]);
}
