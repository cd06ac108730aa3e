/**
 * What the results list shows, pure: per kind its group (the hits the answer carries, and
 * whether a "Show all" option follows them), the options in the order the arrow keys move
 * through them, and whether a row's hit is unchanged from one answer to the next (so the row is
 * not drawn again).
 */
import type { MarkedExcerpt } from '../../core/search/mark-excerpt';
import type { ItemKind } from '../../core/search/research-items';
import type { ResultGroups, ResultHit } from './search-messages';

const GROUPS = [
  { kind: 'document', key: 'documents', label: 'search.kind.document' },
  { kind: 'highlight', key: 'highlights', label: 'search.kind.highlight' },
  { kind: 'note', key: 'notes', label: 'search.kind.note' },
] as const satisfies readonly { kind: ItemKind; key: keyof ResultGroups; label: string }[];

export interface ResultGroup {
  kind: ItemKind;
  /** The catalogue id of the group's name. */
  label: (typeof GROUPS)[number]['label'];
  /** Every hit of this kind. */
  count: number;
  hits: readonly ResultHit[];
  /** A "Show all" option after the hits: more matched than the first page lists. */
  showAll: boolean;
}

/** One option of the list: a result, or a group's "Show all". */
export type ResultOption = { type: 'hit'; hit: ResultHit } | { type: 'all'; kind: ItemKind; count: number };

/**
 * The groups listed, in order: only `kind` when the kind filter is set (then listed in full),
 * else every kind with hits; `full` are the kinds the answer lists in full.
 */
export function resultGroups(results: ResultGroups, kind: ItemKind | null, full: readonly ItemKind[]): ResultGroup[] {
  return GROUPS.filter((g) => (kind === null || g.kind === kind) && results[g.key].length > 0).map((g) => {
    const hits = results[g.key];
    const count = results.counts[g.kind];
    return { kind: g.kind, label: g.label, count, hits, showAll: kind === null && !full.includes(g.kind) && count > hits.length };
  });
}

/** The options in the order they are listed and moved through with the arrow keys. */
export function resultOptions(groups: readonly ResultGroup[]): ResultOption[] {
  return groups.flatMap((g): ResultOption[] => [...g.hits.map((hit) => ({ type: 'hit' as const, hit })), ...(g.showAll ? [{ type: 'all' as const, kind: g.kind, count: g.count }] : [])]);
}

const sameExcerpt = (a: MarkedExcerpt, b: MarkedExcerpt): boolean =>
  a === b || (a.parts.length === b.parts.length && a.parts.every((part, i) => part.text === b.parts[i]!.text && part.marked === b.parts[i]!.marked));

const sameList = (a: readonly string[], b: readonly string[]): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Whether two hits draw the same row and open the same thing (each answer's hits are new objects). */
export function sameHit(a: ResultHit, b: ResultHit): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.id === b.id &&
      a.docId === b.docId &&
      a.title === b.title &&
      a.field === b.field &&
      a.tagIndex === b.tagIndex &&
      a.quote === b.quote &&
      a.color === b.color &&
      a.range?.start === b.range?.start &&
      a.range?.end === b.range?.end &&
      sameList(a.tags, b.tags) &&
      sameExcerpt(a.excerpt, b.excerpt))
  );
}
