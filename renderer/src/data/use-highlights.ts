import { useLiveQuery } from 'dexie-react-hooks';
import type { Highlight } from '../core/highlights/highlight-types';
import { db } from './db';

/** The stored highlights of one document, live; undefined while loading. */
export function useDocumentHighlights(docId: string): Highlight[] | undefined {
  return useLiveQuery(() => db.highlights.where('docId').equals(docId).toArray(), [docId]);
}

/** How many highlights each document has, for the library. Reads keys only, not records. */
export function useHighlightCounts(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const docId of await db.highlights.orderBy('docId').keys()) {
      const key = String(docId);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, []);
}
