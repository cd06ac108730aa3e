/** Whether the next print (or PDF) carries the document's notes after its text: a tiny shared store. */
import { useSyncExternalStore } from 'react';

let withNotes = false;
const listeners = new Set<() => void>();

export function setPrintWithNotes(value: boolean): void {
  if (value === withNotes) return;
  withNotes = value;
  for (const listener of listeners) listener();
}

export function usePrintWithNotes(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => withNotes,
  );
}
