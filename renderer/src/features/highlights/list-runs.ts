/**
 * The highlights list of a long book is drawn in runs: the entries whose passages start in the same
 * stretch of text. A new highlight changes one run, so the list redraws that run's few entries
 * instead of comparing all of a book's thousands.
 */
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import type { Highlight } from '../../core/highlights/highlight-types';

/** Characters of the document whose highlights make one run. */
export const RUN_CHARS = 20_000;

export interface ListRun {
  /** The stretch of text: start offset divided by the run length (unique, as entries are in reading order). */
  key: number;
  entries: AnchoredHighlight[];
}

/** Splits entries in reading order into runs by where their passages start. */
export function listRuns(anchored: readonly AnchoredHighlight[], runChars = RUN_CHARS): ListRun[] {
  const runs: ListRun[] = [];
  for (const entry of anchored) {
    const key = Math.floor(entry.start / runChars);
    const last = runs.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else runs.push({ key, entries: [entry] });
  }
  return runs;
}

/** Whether two highlights show the same in the list (a re-read from the database gives new objects for unchanged rows). */
export function sameListedHighlight(a: Highlight, b: Highlight): boolean {
  return (
    a === b ||
    (a.id === b.id && a.docId === b.docId && a.color === b.color && a.style === b.style && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]))
  );
}

/** Whether two runs list the same entries, at the same places in the text, showing the same. */
export function sameEntries(a: readonly AnchoredHighlight[], b: readonly AnchoredHighlight[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((entry, i) => {
    const other = b[i]!;
    return entry.start === other.start && entry.end === other.end && sameListedHighlight(entry.highlight, other.highlight);
  });
}
