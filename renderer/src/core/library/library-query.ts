/**
 * Filtering and sorting the library list. Pure and fast: one pass over metadata, with text
 * matched on the Arabic-normalised search key made once per entry.
 */
import { normalizeArabic } from '../arabic/normalize-arabic';
import type { LibraryEntry } from './library-entry';

export const LIBRARY_SORTS = ['added', 'title', 'published', 'opened', 'length'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export interface LibraryQuery {
  text: string;
  sort: LibrarySort;
  /** A collection id (BUNDLED_COLLECTION_ID for the bundled corpus), or null for all. */
  collectionId: string | null;
  /** A tag, or null for all. */
  tag: string | null;
  /** A source, or null for all. */
  source: string | null;
}

export const DEFAULT_LIBRARY_QUERY: LibraryQuery = { text: '', sort: 'added', collectionId: null, tag: null, source: null };

const titleCollator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

type Compare = (a: LibraryEntry, b: LibraryEntry) => number;

function compareBy(sort: LibrarySort, openedAt: ReadonlyMap<string, number>): Compare {
  const byTitle: Compare = (a, b) => titleCollator.compare(a.title, b.title);
  switch (sort) {
    case 'title':
      return byTitle;
    // Newest first for every date; documents without one go last, by title.
    // The bundled corpus, all "added" at 0, keeps its own order.
    case 'added':
      return (a, b) => b.addedAt - a.addedAt || (a.bundled && b.bundled ? 0 : byTitle(a, b));
    case 'published':
      return (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || byTitle(a, b);
    case 'opened':
      return (a, b) => (openedAt.get(b.id) ?? 0) - (openedAt.get(a.id) ?? 0) || byTitle(a, b);
    case 'length':
      return (a, b) => b.wordCount - a.wordCount || byTitle(a, b);
  }
}

/**
 * The entries that match the query, in its order. Text matches when every word of it occurs in
 * the title, source, file name or tags, ignoring diacritics, hamza forms and case.
 */
export function queryLibrary(entries: readonly LibraryEntry[], query: LibraryQuery, openedAt: ReadonlyMap<string, number> = new Map()): LibraryEntry[] {
  const words = normalizeArabic(query.text).text.split(' ').filter((w) => w !== '');
  const matches = entries.filter(
    (entry) =>
      (query.collectionId === null || entry.collectionIds.includes(query.collectionId)) &&
      (query.tag === null || entry.tags.includes(query.tag)) &&
      (query.source === null || entry.source === query.source) &&
      words.every((word) => entry.searchKey.includes(word)),
  );
  return matches.sort(compareBy(query.sort, openedAt));
}

/** Distinct values with how many entries have each, most common first: for the tag and source filters. */
export function facetCounts(entries: readonly LibraryEntry[], values: (entry: LibraryEntry) => readonly (string | null)[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const value of new Set(values(entry))) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || titleCollator.compare(a[0], b[0]));
}

/** Reads a stored library query of any shape (older versions, hand-edited backups) into a valid one. */
export function parseLibraryQuery(stored: unknown): LibraryQuery {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const text = (key: keyof LibraryQuery) => (typeof source[key] === 'string' ? (source[key] as string) : null);
  return {
    text: text('text') ?? '',
    sort: LIBRARY_SORTS.find((s) => s === source['sort']) ?? DEFAULT_LIBRARY_QUERY.sort,
    collectionId: text('collectionId'),
    tag: text('tag'),
    source: text('source'),
  };
}
