/**
 * Highlight changes shown before IndexedDB has them: a colour picked for a highlight is drawn in
 * the frame it was picked, not after a read, a write and the live query's re-read of every
 * highlight of the document. A change stays shown until the stored row is as new as it; a failed
 * write takes it back (the caller tells the user).
 */
import type { Highlight } from '../core/highlights/highlight-types';

const shown = new Map<string, Highlight>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

/** Shows `highlight` in place of its stored row until that row is as new. */
export function showPending(highlight: Highlight): void {
  shown.set(highlight.id, highlight);
  changed();
}

/** Stops showing `highlight` (when it is still the change shown for its id). */
export function dropPending(highlight: Highlight): void {
  if (shown.get(highlight.id) !== highlight) return;
  shown.delete(highlight.id);
  changed();
}

/** Stops showing any change to highlight `id`: an undo or redo stores an older state, which is what to show. */
export function forgetPending(id: string): void {
  if (shown.delete(id)) changed();
}

export function subscribePending(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes with every change shown or dropped. */
export const pendingVersion = () => version;

/**
 * The stored rows with the pending changes in place of rows older than them; the same array
 * when none applies. Never adds a row: one deleted meanwhile stays deleted.
 */
export function withPending(rows: Highlight[]): Highlight[] {
  if (shown.size === 0) return rows;
  let out: Highlight[] | null = null;
  rows.forEach((row, i) => {
    const pending = shown.get(row.id);
    if (!pending || pending.modifiedAt <= row.modifiedAt) return;
    out ??= rows.slice();
    out[i] = pending;
  });
  return out ?? rows;
}
