/** Turns a corpus document and its stored highlights into what the exporters take. */
import type { CorpusDocument } from '../corpus/corpus-types';
import type { Highlight } from '../highlights/highlight-types';
import { resolveHighlights } from '../highlights/resolve-highlights';
import type { ExportDocument } from './export-types';

/**
 * Anchors a document's highlights in its current text (reading order, orphans apart) and picks
 * its title: the user's rename when there is one.
 */
export function prepareDocument(document: CorpusDocument, customTitle: string | null, highlights: readonly Highlight[]): ExportDocument {
  const { anchored, orphans } = resolveHighlights(document.text, highlights);
  return { document, title: customTitle ?? document.title, anchored, orphans };
}

/**
 * Stands in for a document that is no longer in the corpus, so its highlights and notes are
 * still exported (as orphans: there is no text to find them in).
 */
export function missingDocument(docId: string): CorpusDocument {
  return { id: docId, fileName: `${docId}.txt`, text: '', title: docId, titleDerived: true, blocks: [], wordCount: 0, source: null, byline: null, tags: [], relatedLinks: [] };
}
