/**
 * Gives the reader a document by id: bundled ones from memory, imported ones from IndexedDB,
 * with the last few opened kept in memory so moving back and forth is instant.
 */
import type { CorpusDocument } from '../core/corpus/corpus-types';
import { db } from './db';
import { loadImportedDocument } from './library-store';

const KEEP_LOADED = 12;

export interface DocumentLoader {
  /** The document now, if it is bundled or was loaded recently. */
  cached(docId: string): CorpusDocument | undefined;
  /** The document, read if need be; null when it is not in the library. `revision` changes when its text was replaced. */
  load(docId: string, revision?: string): Promise<CorpusDocument | null>;
}

export function createDocumentLoader(bundled: readonly CorpusDocument[]): DocumentLoader {
  const byId = new Map(bundled.map((d) => [d.id, d]));
  // Insertion order is use order: a hit is moved to the end, the oldest is dropped first.
  const recent = new Map<string, { revision: string | undefined; document: CorpusDocument }>();
  return {
    cached: (docId) => byId.get(docId) ?? recent.get(docId)?.document,
    async load(docId, revision) {
      const bundledDoc = byId.get(docId);
      if (bundledDoc) return bundledDoc;
      const hit = recent.get(docId);
      if (hit && hit.revision === revision) {
        recent.delete(docId);
        recent.set(docId, hit);
        return hit.document;
      }
      const document = await loadImportedDocument(db, docId);
      recent.delete(docId);
      if (!document) return null;
      recent.set(docId, { revision, document });
      for (const old of recent.keys()) {
        if (recent.size <= KEEP_LOADED) break;
        recent.delete(old);
      }
      return document;
    },
  };
}
