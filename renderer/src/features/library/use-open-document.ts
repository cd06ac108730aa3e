import { useEffect, useState } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { Message } from '../../core/message';
import type { DocumentLoader } from '../../data/document-loader';

export type OpenedDocument =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; document: CorpusDocument }
  | { status: 'failed'; message: Message };

/**
 * The open document, read when it is opened (and again when its text was replaced). While the
 * next one loads, the previous one stays on screen; bundled and recently read ones are instant.
 */
export function useOpenDocument(loader: DocumentLoader, docId: string | null, revision: string | undefined): OpenedDocument {
  const [opened, setOpened] = useState<OpenedDocument>({ status: 'none' });
  // Bundled documents (which have no revision) are always in memory.
  const bundled = docId !== null && revision === undefined ? loader.cached(docId) : undefined;
  useEffect(() => {
    if (docId === null || bundled) return;
    let cancelled = false;
    loader.load(docId, revision).then(
      (document) => {
        if (cancelled) return;
        setOpened(document ? { status: 'ready', document } : { status: 'failed', message: { id: 'app.documentGone' } });
      },
      (error: unknown) => !cancelled && setOpened({ status: 'failed', message: { id: 'app.openFailed', values: { detail: error instanceof Error ? error.message : String(error) } } }),
    );
    return () => {
      cancelled = true;
    };
  }, [loader, docId, revision, bundled]);
  return bundled ? { status: 'ready', document: bundled } : opened;
}
