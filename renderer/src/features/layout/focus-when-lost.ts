/** "Every action leaves focus somewhere sensible": catching focus that an action is about to drop. */

/** True when focus has nowhere to be: on the page itself, or on an element that has left it. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** How long to watch: long enough for a database write and the live query after it on a busy machine. */
const WATCH_MS = 4000;

/**
 * Watches, for a few seconds, the element that has focus now (a button whose action is removing
 * it: a deleted note's Delete, a closed pane's control). If it leaves the page and focus with it,
 * focus goes to what `find` returns, once it is there (the element may be drawn a moment later,
 * as a highlight brought back by Undo is); else, when time is up, to `fallback`. If the user moves
 * focus on first, nothing happens.
 */
export function focusWhenLost(find: () => HTMLElement | null | undefined, fallback?: () => HTMLElement | null | undefined): void {
  const started = document.activeElement;
  const until = performance.now() + WATCH_MS;
  const check = () => {
    const late = performance.now() > until;
    if (focusIsLost()) {
      const target = find() ?? (late ? fallback?.() : null);
      if (target) {
        target.focus();
        return;
      }
    } else if (document.activeElement !== started) return;
    if (!late) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** The first element matching any of `selectors`, in that order of preference. */
export function firstOf(...selectors: string[]): HTMLElement | null {
  for (const selector of selectors) {
    const found = document.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}
