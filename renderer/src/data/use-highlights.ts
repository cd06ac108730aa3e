import { useLiveQuery } from 'dexie-react-hooks';
import type { Highlight } from '../core/highlights/highlight-types';
import { db } from './db';

/** The stored highlights of one document, live; undefined while loading. */
export function useDocumentHighlights(docId: string): Highlight[] | undefined {
  return useLiveQuery(() => db.highlights.where('docId').equals(docId).toArray(), [docId]);
}
