/** Where focus goes when a highlight is deleted: the next entry in the highlight list. */

/**
 * The highlight list entry to move to once highlight `id` is gone: the next one, else the one
 * before, else the list's heading. Read before the deletion, while the entry is still listed.
 */
export function highlightNeighbour(id: string): HTMLElement | null {
  const items = [...document.querySelectorAll<HTMLElement>('[data-testid="highlight-item"]')];
  const index = items.findIndex((item) => item.dataset.highlightId === id);
  return (index >= 0 ? (items[index + 1] ?? items[index - 1]) : undefined) ?? document.getElementById('highlights-heading');
}

/** `neighbour` if it is still on the page, else the highlights heading. */
export function stillThere(neighbour: HTMLElement | null): HTMLElement | null {
  return neighbour?.isConnected ? neighbour : document.getElementById('highlights-heading');
}
