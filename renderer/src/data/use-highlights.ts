import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Highlight } from '../core/highlights/highlight-types';
import { watchDocumentHighlights } from './document-highlights';
import { pendingVersion, subscribePending, withPending } from './pending-highlights';

interface Read {
  docId: string;
  rows?: Highlight[];
  error?: unknown;
}

/**
 * The stored highlights of one document, live, with changes not stored yet shown; undefined while
 * loading. A re-read after a write that brings nothing new (the write was already shown) leaves
 * the same array, so the workspace is not drawn again for it (see document-highlights).
 */
export function useDocumentHighlights(docId: string): Highlight[] | undefined {
  const [read, setRead] = useState<Read>({ docId });
  useEffect(
    () =>
      watchDocumentHighlights(
        docId,
        (rows) => setRead({ docId, rows }),
        (error) => setRead({ docId, error }),
      ),
    [docId],
  );
  const stored = read.docId === docId ? read.rows : undefined;
  const pending = useSyncExternalStore(subscribePending, pendingVersion);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `pending` says when withPending's answer changes
  const shown = useMemo(() => stored && withPending(stored), [stored, pending]);
  // As the live query it replaces did: a failed read is the error boundary's.
  if (read.docId === docId && read.error !== undefined) throw read.error instanceof Error ? read.error : new Error(String(read.error));
  return shown;
}
