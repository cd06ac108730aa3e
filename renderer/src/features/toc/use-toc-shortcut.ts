import { useEffect } from 'react';

/**
 * Ctrl/⌘+Shift+O, matched by physical key (`event.code`) so it works with the Arabic keyboard
 * layout too: opens the table of contents with the current entry focused.
 *
 * @param onOpen shows the table of contents and asks it for focus.
 */
export function useTocShortcut(onOpen: () => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.code !== 'KeyO') return;
      event.preventDefault();
      onOpen();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onOpen]);
}
