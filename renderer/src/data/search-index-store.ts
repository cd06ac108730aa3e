/**
 * The saved search index: one row, written by the search worker after a build and (debounced)
 * after changes, read when it starts. Whether a saved row can be used is decided by the caller,
 * from its format version and fingerprint.
 */
import type { QiraaDb, SearchIndexRow } from './db';

export const SEARCH_INDEX_KEY = 'research';

export function readSavedIndex(db: QiraaDb): Promise<SearchIndexRow | undefined> {
  return db.searchIndex.get(SEARCH_INDEX_KEY);
}

export async function saveIndex(db: QiraaDb, row: Omit<SearchIndexRow, 'key'>): Promise<void> {
  await db.searchIndex.put({ key: SEARCH_INDEX_KEY, ...row });
}

export async function clearSavedIndex(db: QiraaDb): Promise<void> {
  await db.searchIndex.delete(SEARCH_INDEX_KEY);
}
