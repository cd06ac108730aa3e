/**
 * One document's stored highlights, read again after every change to them, without the live
 * query machinery's per-row work. A live query over the rows themselves makes Dexie note every
 * row's key each time it reads (a key set of thousands built on the main thread for a long book)
 * and, for a new row, build another to apply the write to its cache before the write is done
 * (6-8 ms each in the colour-click profile, landing in the next click's frame). Here the live
 * query is over the document's count, which Dexie wakes for every write touching the document's
 * highlights (and every deletion) without noting keys; the rows are read outside it, and a read
 * shares its unchanged rows with the one before (keepSameRows), so one that brings nothing new
 * is not passed on at all. A change is read when the page is idle (requestIdleCallback, at most
 * 300 ms later), not in the task after the write is stored.
 */
import { liveQuery } from 'dexie';
import type { Highlight } from '../core/highlights/highlight-types';
import { keepSameRows } from '../core/highlights/same-rows';
import { db } from './db';

/** The longest a change waits for the page to be idle before it is read. */
const IDLE_WAIT_MS = 300;

/**
 * Calls `onRows` with the document's highlights once read, and again after each change that
 * brings different rows; returns a function that stops watching. Reads that overlap give the
 * latest one's rows only.
 */
export function watchDocumentHighlights(docId: string, onRows: (rows: Highlight[]) => void, onError: (error: unknown) => void): () => void {
  let last: Highlight[] | undefined;
  let reads = 0;
  let closed = false;
  const read = async () => {
    const mine = ++reads;
    try {
      const rows = await db.highlights.where('docId').equals(docId).toArray();
      if (closed || mine !== reads) return;
      const kept = keepSameRows(last, rows);
      if (kept === last) return;
      last = kept;
      onRows(kept);
    } catch (error) {
      if (!closed) onError(error);
    }
  };
  // After the first read, a change is read when the page is next idle (at most IDLE_WAIT_MS later):
  // deserialising a long book's rows takes milliseconds, and a change made here is shown before it
  // is stored (pending and unsaved rows), so the read need not fall in the frame of the next click.
  let first = true;
  let idle: (() => void) | null = null;
  const whenIdle = () => {
    if (idle) return;
    const done = () => {
      idle = null;
      void read();
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(done, { timeout: IDLE_WAIT_MS });
      idle = () => cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(done, 0);
      idle = () => clearTimeout(timer);
    }
  };
  const subscription = liveQuery(() => db.highlights.where('docId').equals(docId).count()).subscribe({
    next: () => {
      if (!first) return whenIdle();
      first = false;
      void read();
    },
    error: (error: unknown) => {
      if (!closed) onError(error);
    },
  });
  return () => {
    closed = true;
    idle?.();
    subscription.unsubscribe();
  };
}
