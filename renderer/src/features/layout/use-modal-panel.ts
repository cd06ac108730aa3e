import { useEffect } from 'react';
import { tabbables, wrapTab } from './trap-tab';

/**
 * While a panel lies over the text it is a modal: everything else in the app is `inert` (no focus,
 * no clicks, hidden from assistive technology), Tab wraps inside it, and it is announced as a
 * modal dialog (see below). `selector` names the panel; null when no panel overlays. Esc and giving focus back are
 * usePanelLayout's.
 */
export function useModalPanel(selector: string | null, label: string | null): void {
  useEffect(() => {
    if (selector === null) return;
    const panel = document.querySelector<HTMLElement>(selector);
    const app = panel?.closest<HTMLElement>('.app');
    if (!panel || !app) return;
    // Every sibling of the panel and of each of its ancestors, up to the app, goes inert.
    const made: HTMLElement[] = [];
    for (let node: HTMLElement = panel; node !== app && node.parentElement; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
          sibling.inert = true;
          made.push(sibling);
        }
      }
    }
    // Announced as a modal dialog; an <aside> keeps its landmark role (ARIA allows it no dialog role),
    // the inert rest of the app is what makes it modal to assistive technology too.
    const role = panel.getAttribute('role');
    const asDialog = panel.tagName !== 'ASIDE';
    if (asDialog) {
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-modal', 'true');
    }
    const labelled = panel.hasAttribute('aria-label');
    if (label && !labelled) panel.setAttribute('aria-label', label);
    // Focus left behind in what just went inert (the reader, after "New note") moves into the panel.
    if (!panel.contains(document.activeElement)) tabbables(panel)[0]?.focus();
    const onKeyDown = (event: KeyboardEvent) => void wrapTab(event, panel);
    panel.addEventListener('keydown', onKeyDown);
    return () => {
      for (const element of made) element.inert = false;
      if (asDialog) {
        if (role === null) panel.removeAttribute('role');
        else panel.setAttribute('role', role);
        panel.removeAttribute('aria-modal');
      }
      if (label && !labelled) panel.removeAttribute('aria-label');
      panel.removeEventListener('keydown', onKeyDown);
    };
  }, [selector, label]);
}
