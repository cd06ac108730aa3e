import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import type { Highlight } from '../core/highlights/highlight-types';
import { db } from './db';
import { pendingVersion, subscribePending, withPending } from './pending-highlights';

/** The stored highlights of one document, live, with changes not stored yet shown; undefined while loading. */
export function useDocumentHighlights(docId: string): Highlight[] | undefined {
  const stored = useLiveQuery(() => db.highlights.where('docId').equals(docId).toArray(), [docId]);
  const pending = useSyncExternalStore(subscribePending, pendingVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `pending` says when withPending's answer changes
  return useMemo(() => stored && withPending(stored), [stored, pending]);
}
