/**
 * What a validated backup's rows become when they are restored: no time later than the restore
 * (a backup from a machine whose clock ran ahead would leave notes "in the future", and their
 * edits would win every later merge), and no link a note must not hold.
 */
import type { BackupData } from './backup-format';
import { withoutUnsafeLinks } from './link-safety';

/** Replaces the named time fields later than `now` by `now`; rows with none stay the same objects. */
function clampRows<T extends object>(rows: readonly T[], fields: readonly (keyof T)[], now: number): T[] {
  return rows.map((row) => {
    const late = fields.filter((field) => typeof row[field] === 'number' && (row[field] as number) > now);
    if (late.length === 0) return row;
    return { ...row, ...Object.fromEntries(late.map((field) => [field, now])) };
  });
}

/**
 * The rows to write for a backup restored at `now` (ms since 1970): every time after `now` is
 * `now`, and every unsafe link in a note is unwrapped to its text (see link-safety). Rows that
 * need neither are returned as they are.
 */
export function restorableRows(data: BackupData, now: number): BackupData {
  const notes = clampRows(data.notes, ['createdAt', 'modifiedAt'], now).map((note) => {
    const content = withoutUnsafeLinks(note.content);
    return content === note.content ? note : { ...note, content };
  });
  return {
    ...data,
    documentState: clampRows(data.documentState, ['openedAt'], now),
    highlights: clampRows(data.highlights, ['createdAt', 'modifiedAt'], now),
    notes,
    documents: clampRows(data.documents, ['addedAt'], now),
    collections: clampRows(data.collections, ['createdAt'], now),
  };
}
