import type { Highlight } from './highlight-types';

/** Whether two stored rows of a highlight read the same in every field. */
export function sameRow(a: Highlight, b: Highlight): boolean {
  if (a === b) return true;
  const qa = a.selectors.quote;
  const qb = b.selectors.quote;
  return (
    a.id === b.id &&
    a.docId === b.docId &&
    a.modifiedAt === b.modifiedAt &&
    a.createdAt === b.createdAt &&
    a.sortIndex === b.sortIndex &&
    a.color === b.color &&
    a.style === b.style &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    a.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end &&
    qa.exact === qb.exact &&
    qa.prefix === qb.prefix &&
    qa.suffix === qb.suffix
  );
}

/**
 * A fresh read of a document's highlights, sharing what has not changed with the read before it:
 * each row that reads the same is the earlier object, and when every row is the same, in the
 * same order, the earlier array itself. A write re-reads all of a long book's rows (thousands,
 * each a new object); kept this way, what is drawn from them is not worked out again for rows
 * that did not change, nor at all when the read brings nothing new.
 */
export function keepSameRows(previous: readonly Highlight[] | undefined, next: Highlight[]): Highlight[] {
  if (!previous || previous.length === 0) return next;
  let allSame = previous.length === next.length;
  // Rows usually come back in the same order: compare by place first, by id when that fails.
  let byId: Map<string, Highlight> | null = null;
  const out = next.map((row, i) => {
    let before: Highlight | undefined = previous[i];
    if (before?.id !== row.id) {
      allSame = false;
      byId ??= new Map(previous.map((h) => [h.id, h]));
      before = byId.get(row.id);
    }
    if (before && sameRow(before, row)) return before;
    allSame = false;
    return row;
  });
  return allSame ? (previous as Highlight[]) : out;
}
