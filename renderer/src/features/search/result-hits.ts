/**
 * The worker's side of a query, pure: the filters as search options and query text, and the
 * index's hits as the plain results the app lists (without the items' full texts).
 */
import type { ResearchSearchOptions, ResearchSearchResults, SearchHit } from '../../core/search/search-research';
import type { ItemKind } from '../../core/search/research-items';
import { FULL_SIZE, PAGE_SIZE, type ResultGroups, type ResultHit, type SearchFilters } from './search-messages';

const KINDS: readonly ItemKind[] = ['document', 'highlight', 'note'];
/** How much of a highlight's quote a result carries (the list shows a few lines of it). */
const QUOTE_CHARS = 300;

/** The query with the tag filter added as a `tag:` operator (quotes in the tag cannot be typed inside one). */
export function queryWithFilters(query: string, filters: SearchFilters): string {
  if (!filters.tag) return query;
  return `${query} tag:"${filters.tag.replaceAll('"', ' ')}"`;
}

/**
 * The filters as search options; `docIdsOf` gives a collection's documents. Each kind lists its
 * first page, a kind in `full` (its "Show all" chosen) up to `FULL_SIZE`. The kind filter lists
 * that kind in full and the others not at all, but every kind is still counted, for the
 * filter's buttons.
 */
export function searchOptionsFor(filters: SearchFilters, docIdsOf: (collectionId: string) => ReadonlySet<string>, full: readonly ItemKind[] = []): ResearchSearchOptions {
  const limitOf = (kind: ItemKind): number => (filters.kind ? (kind === filters.kind ? FULL_SIZE : 0) : full.includes(kind) ? FULL_SIZE : PAGE_SIZE);
  return {
    limit: PAGE_SIZE,
    limits: Object.fromEntries(KINDS.map((kind) => [kind, limitOf(kind)])),
    ...(filters.color ? { colors: [filters.color] } : {}),
    ...(filters.collectionId ? { docIds: docIdsOf(filters.collectionId) } : {}),
  };
}

export interface DocumentInfo {
  title: string;
  /** Where the title line starts in the original text (see `documentSource`). */
  titleStart: number | null;
}

export function toResultHit(hit: SearchHit, documentInfo: (docId: string) => DocumentInfo | undefined): ResultHit {
  const item = hit.item;
  const base = { excerpt: hit.excerpt, field: hit.field, tagIndex: hit.tagIndex ?? null, quote: null, color: null, tags: [] as readonly string[] };
  switch (item.kind) {
    case 'document': {
      const titleStart = documentInfo(item.docId)?.titleStart ?? null;
      const range =
        hit.field === 'text' ? { start: hit.start, end: hit.end } : titleStart !== null ? { start: titleStart + hit.start, end: titleStart + hit.end } : null;
      return { ...base, kind: 'document', id: item.docId, docId: item.docId, title: item.title, range };
    }
    case 'highlight':
      return { ...base, kind: 'highlight', id: item.highlightId, docId: item.docId, title: documentInfo(item.docId)?.title ?? '', range: null, color: item.color, tags: item.tags, quote: item.quote.slice(0, QUOTE_CHARS) };
    case 'note':
      return { ...base, kind: 'note', id: item.noteId, docId: null, title: item.title, range: null };
  }
}

export function toResultGroups(results: ResearchSearchResults, documentInfo: (docId: string) => DocumentInfo | undefined): ResultGroups {
  const convert = (hits: SearchHit[]) => hits.map((hit) => toResultHit(hit, documentInfo));
  return { documents: convert(results.documents), highlights: convert(results.highlights), notes: convert(results.notes), counts: { ...results.counts } };
}
