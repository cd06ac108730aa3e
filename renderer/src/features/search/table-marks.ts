/**
 * Whether the highlights and notes are the ones the saved index holds, told without reading their
 * keys: a start reads how many rows each table has and its latest `modifiedAt` (one count and
 * one step of an index), and the saved row says what they were when it was saved. Pure.
 *
 * Reading 15,000 keys took a start 30–50 ms before it could answer. Rows added or edited since
 * the save move the latest `modifiedAt` on, and a row deleted without one added changes the count:
 * either way the start reads the keys and leaves the deleted ones out at once. What the marks
 * cannot tell (rows deleted and as many others added with an older `modifiedAt`, as restoring a
 * backup just before the app closed could) is put right by the catch-up after the first answer.
 */
import type { SearchIndexRow, TableMark } from '../../data/db';

export type MarkedTable = 'highlights' | 'notes';

/** The mark of the items of one kind the index holds: how many, and their latest version (a `modifiedAt`). */
export function markOf(versions: Iterable<string>): TableMark {
  let count = 0;
  let latest: number | null = null;
  for (const version of versions) {
    count++;
    const modifiedAt = Number(version);
    if (version !== '' && Number.isFinite(modifiedAt) && (latest === null || modifiedAt > latest)) latest = modifiedAt;
  }
  return { count, latest };
}

/**
 * A table's mark as a start reads it: its count, and the last key of its `modifiedAt` index (none:
 * no row has a time; a key that is not a number is a mark no saved index has, so the keys are read).
 */
export function tableMark(count: number, latestKey: unknown): TableMark {
  return { count, latest: latestKey === undefined ? null : typeof latestKey === 'number' ? latestKey : Number.NaN };
}

/** Whether `table` is as the saved index holds it, by its mark now. */
export function unchangedSince(saved: SearchIndexRow | undefined, table: MarkedTable, now: TableMark): boolean {
  const mark = saved?.records?.marks?.[table];
  return mark !== undefined && mark.count === now.count && mark.latest === now.latest;
}
