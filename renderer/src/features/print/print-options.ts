/**
 * The print request as a tiny shared store: whether a print (or PDF) is under way, so the print
 * view holds the whole text only then (a book's whole text in the DOM all the time would slow
 * every render), and whether it carries the document's notes after its text.
 */
import { useSyncExternalStore } from 'react';

let withNotes = false;
let printing = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setPrintWithNotes(value: boolean): void {
  if (value === withNotes) return;
  withNotes = value;
  notify();
}

export function setPrinting(value: boolean): void {
  if (value === printing) return;
  printing = value;
  notify();
}

export function usePrintWithNotes(): boolean {
  return useSyncExternalStore(subscribe, () => withNotes);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing);
}
