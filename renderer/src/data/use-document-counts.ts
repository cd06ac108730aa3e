import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';

export interface DocumentCounts {
  highlights: number;
  notes: number;
}

/** How many highlights and notes each document has, for the library. Reads index keys only. */
export function useDocumentCounts(): Map<string, DocumentCounts> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, DocumentCounts>();
    const bump = (docId: unknown, field: keyof DocumentCounts) => {
      const key = String(docId);
      const entry = counts.get(key) ?? { highlights: 0, notes: 0 };
      entry[field]++;
      counts.set(key, entry);
    };
    for (const docId of await db.highlights.orderBy('docId').keys()) bump(docId, 'highlights');
    // Free-standing notes have no docId and are not in this index.
    for (const docId of await db.notes.orderBy('docId').keys()) bump(docId, 'notes');
    return counts;
  }, []);
}
