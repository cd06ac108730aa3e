/** The typed messages between the app and the search worker (`search.worker.ts`). */
import type { MarkedExcerpt } from '../../core/search/mark-excerpt';
import type { HitField, ItemKind } from '../../core/search/research-items';
import type { SourceDocument } from './research-sources';

/** What the filters under the search field ask for; null means any. */
export interface SearchFilters {
  kind: ItemKind | null;
  /** A collection id (`bundled` for the bundled corpus): its documents and their highlights. */
  collectionId: string | null;
  /** Highlights carrying this tag (the same as `tag:` in the query). */
  tag: string | null;
  /** Highlights of this colour. */
  color: string | null;
}

export const NO_FILTERS: SearchFilters = { kind: null, collectionId: null, tag: null, color: null };

/**
 * Results listed per kind at first (the best of each group: an answer draws a few rows, not
 * sixty), and per kind shown in full ("Show all", or the kind filter); all are counted.
 */
export const PAGE_SIZE = 6;
export const FULL_SIZE = 60;

export type ToSearchWorker =
  /** Starts the index over the bundled corpus and everything stored. Sent once. */
  | { type: 'start'; bundled: SourceDocument[] }
  /**
   * A query; a newer one sent before this one was answered replaces it (latest wins). Each kind's
   * first page is listed (`PAGE_SIZE`), the kinds in `full` up to `FULL_SIZE`; all are counted.
   */
  | { type: 'query'; seq: number; query: string; filters: SearchFilters; full?: readonly ItemKind[] };

/** Why the index is being built from the stored records rather than loaded. */
export type RebuildReason = 'none-saved' | 'outdated' | 'damaged';

export type IndexStatus =
  | { state: 'loading' }
  | { state: 'building'; reason: RebuildReason; done: number; total: number }
  | { state: 'ready'; items: number }
  | { state: 'failed'; message: string };

/** One listed result, as plain data (the item's full text stays in the worker). */
export interface ResultHit {
  kind: ItemKind;
  /** The document's, highlight's or note's id. */
  id: string;
  /** The document a document or highlight result is in. */
  docId: string | null;
  /** A document's or note's title; for a highlight, its document's title. */
  title: string;
  excerpt: MarkedExcerpt;
  /** Where the excerpt is from: the title, the text (a highlight's quote) or one of the tags (`tagIndex`). */
  field: HitField;
  tagIndex: number | null;
  /** A highlight's quote (its start, when long), shown when the match is in a tag. */
  quote: string | null;
  /**
   * For a document result, the match in the document's original text, which opening it
   * selects; null when the match is in a derived title that is not a line of the text.
   */
  range: { start: number; end: number } | null;
  color: string | null;
  tags: readonly string[];
}

export interface ResultGroups {
  documents: ResultHit[];
  highlights: ResultHit[];
  notes: ResultHit[];
  /** Every hit per kind, including those past the limit. */
  counts: Record<ItemKind, number>;
}

export type FromSearchWorker =
  | { type: 'status'; status: IndexStatus }
  /** The tags of every indexed highlight, for the tag filter (sent when they change). */
  | { type: 'tags'; tags: string[] }
  /** The answer to query `seq`; sent again with the same `seq` when the index changed under it. */
  | { type: 'results'; seq: number; query: string; filters: SearchFilters; full: readonly ItemKind[]; results: ResultGroups };
