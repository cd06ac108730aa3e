import { useEffect } from 'react';
import type { FindState } from './use-find';

/**
 * Ctrl/⌘+F opens "find in document" in place of the browser's own (which cannot see the parts
 * of a long document not in the DOM), matched by key position so it works in the Arabic layout;
 * F3 and Shift+F3 step through the matches while the bar is open.
 */
export function useFindKeys(find: Pick<FindState, 'open' | 'show' | 'step'>): void {
  const { open, show, step } = find;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.code === 'KeyF') {
        event.preventDefault();
        show();
      } else if (open && event.key === 'F3' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        step(event.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, show, step]);
}
