/**
 * A request to put away what covers or hides the app bar: a panel lying over the text (its modal
 * leaves the bar inert) or focus mode (which hides it). The search shortcut sends it so the search
 * field can take focus from anywhere; usePanelLayout answers it at once, before the request returns.
 */
const UNCOVER_EVENT = 'qiraa:uncover-app-bar';

/** Asks the layout to uncover the app bar; when this returns, it is (the layout renders synchronously). */
export function uncoverAppBar(): void {
  window.dispatchEvent(new Event(UNCOVER_EVENT));
}

/** Calls `handler` for every request; returns the function that stops listening. */
export function onUncoverAppBar(handler: () => void): () => void {
  window.addEventListener(UNCOVER_EVENT, handler);
  return () => window.removeEventListener(UNCOVER_EVENT, handler);
}
