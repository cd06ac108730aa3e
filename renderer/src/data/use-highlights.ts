import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import type { Highlight } from '../core/highlights/highlight-types';
import { keepSameRows } from '../core/highlights/same-rows';
import { db } from './db';
import { pendingVersion, subscribePending, withPending } from './pending-highlights';

/** Reads a document's highlights, each read sharing what is unchanged with the one before. */
function documentReader(docId: string): () => Promise<Highlight[]> {
  let last: Highlight[] | undefined;
  return async () => {
    last = keepSameRows(last, await db.highlights.where('docId').equals(docId).toArray());
    return last;
  };
}

/**
 * The stored highlights of one document, live, with changes not stored yet shown; undefined while loading.
 * Every write re-reads all of the document's rows; a re-read shares the rows that did not change
 * with the one before (keepSameRows), and one that changes nothing (the read after a write whose
 * row was already shown) gives the same array, so the workspace is not drawn again for it.
 */
export function useDocumentHighlights(docId: string): Highlight[] | undefined {
  const read = useMemo(() => documentReader(docId), [docId]);
  const stored = useLiveQuery(read, [read]);
  const pending = useSyncExternalStore(subscribePending, pendingVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `pending` says when withPending's answer changes
  return useMemo(() => stored && withPending(stored), [stored, pending]);
}
