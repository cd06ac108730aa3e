/** Keeping Tab inside a modal surface (a dialog, a panel over the text): from the last control it wraps to the first. */

export const FOCUSABLE = 'button, input, select, textarea, a[href], summary, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** The controls of `container` that Tab can reach, in order. */
export function tabbables(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && el.tabIndex >= 0 && el.getClientRects().length > 0 && el.closest('[inert]') === null,
  );
}

/** Handles a Tab keydown inside `container`: wraps at either end. Returns true when it moved focus. */
export function wrapTab(event: KeyboardEvent | { key: string; shiftKey: boolean; preventDefault: () => void }, container: Element): boolean {
  if (event.key !== 'Tab') return false;
  const controls = tabbables(container);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return false;
  const active = document.activeElement;
  const outside = active === null || !container.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
    return true;
  }
  if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
    return true;
  }
  return false;
}
