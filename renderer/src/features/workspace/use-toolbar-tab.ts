import { useEffect, type RefObject } from 'react';
import { isEditable } from '../../use-document-keys';

/**
 * Tab from the reading view while text is selected goes to the selection toolbar's colours, as
 * the keys table says. Without it, after a selection made with the mouse (which focuses the
 * reading view itself) Tab went to the view's first control (Rename) and the toolbar was many
 * stops away. Shift+Tab and Tab from anywhere else keep their usual order.
 */
export function useToolbarTab(scrollRef: RefObject<HTMLElement | null>, toolbarShown: boolean): void {
  useEffect(() => {
    if (!toolbarShown) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Tab' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
      const area = scrollRef.current;
      const focused = document.activeElement;
      if (!area || !(focused instanceof HTMLElement) || !area.contains(focused) || isEditable(focused)) return;
      const swatch = document.querySelector<HTMLElement>('[data-testid="selection-toolbar"] [tabindex="0"]');
      if (!swatch) return;
      event.preventDefault();
      swatch.focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [scrollRef, toolbarShown]);
}
