import { useCallback, useMemo, useState } from 'react';
import type { Highlight } from '../../core/highlights/highlight-types';
import { useDocumentHighlights } from '../../data/use-highlights';

/**
 * The document's stored highlights plus the ones just made and not yet confirmed by IndexedDB,
 * so a new highlight is painted in the frame it was made, not one database round trip later.
 */
export function useOptimisticHighlights(docId: string): {
  rows: Highlight[] | undefined;
  addUnsaved: (highlight: Highlight) => void;
  dropUnsaved: (id: string) => void;
} {
  const stored = useDocumentHighlights(docId);
  const [unsaved, setUnsaved] = useState<Highlight[]>([]);
  // Once IndexedDB reports a highlight it is no longer unsaved (state adjusted while rendering, as
  // React recommends), so one deleted later cannot come back from this list.
  const [seenStored, setSeenStored] = useState(stored);
  if (stored !== seenStored) {
    setSeenStored(stored);
    if (stored && unsaved.some((h) => stored.some((s) => s.id === h.id))) {
      setUnsaved(unsaved.filter((h) => !stored.some((s) => s.id === h.id)));
    }
  }
  const rows = useMemo(() => stored && [...stored, ...unsaved.filter((h) => !stored.some((s) => s.id === h.id))], [stored, unsaved]);
  const addUnsaved = useCallback((highlight: Highlight) => setUnsaved((list) => [...list, highlight]), []);
  const dropUnsaved = useCallback((id: string) => setUnsaved((list) => list.filter((h) => h.id !== id)), []);
  return { rows, addUnsaved, dropUnsaved };
}
