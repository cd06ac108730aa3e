import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { LibraryDocumentRow } from '../../core/library/library-types';
import { toCorpusDocument } from '../../core/library/library-document';
import { createSearchIndex, type SearchIndex } from '../../core/search/search-corpus';
import { db } from '../../data/db';

/**
 * The search index. The bundled corpus is indexed at once; imported documents are read and
 * indexed the first time the search field is used (and again after the library changed), so
 * start-up never reads every document's text.
 */
export function useSearchIndex(bundled: readonly CorpusDocument[], rows: Map<string, LibraryDocumentRow>): { index: SearchIndex; includeLibrary: () => void } {
  const [wanted, setWanted] = useState(false);
  const [imported, setImported] = useState<CorpusDocument[]>([]);
  // The library's revision: which documents, in which version.
  const revision = useMemo(() => [...rows.values()].map((r) => r.contentHash).join(), [rows]);

  useEffect(() => {
    if (!wanted || rows.size === 0) return;
    let cancelled = false;
    void db.documentBodies.toArray().then((bodies) => {
      if (cancelled) return;
      setImported(bodies.flatMap((body) => {
        const row = rows.get(body.docId);
        return row ? [toCorpusDocument(row, body)] : [];
      }));
    });
    return () => {
      cancelled = true;
    };
    // rows is read for the revision it had; the revision string says when to read again.
  }, [wanted, revision]); // eslint-disable-line react-hooks/exhaustive-deps

  // Documents deleted since they were read drop out at once.
  const index = useMemo(() => createSearchIndex([...bundled, ...imported.filter((d) => rows.has(d.id))]), [bundled, imported, rows]);
  const includeLibrary = useCallback(() => setWanted(true), []);
  return { index, includeLibrary };
}
