/**
 * The library as the list shows it: bundled documents and the user's imported ones, metadata
 * only, live. Reading 2,000 metadata rows is quick; no document text is read here.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { CorpusDocument } from '../core/corpus/corpus-types';
import { bundledEntry, importedEntry, withCustomTitle, type LibraryEntry } from '../core/library/library-entry';
import { DEFAULT_LIBRARY_QUERY, parseLibraryQuery, type LibraryQuery } from '../core/library/library-query';
import type { CollectionRow, LibraryDocumentRow } from '../core/library/library-types';
import { db, type DocumentStateRow } from './db';

export interface Library {
  /** Undefined until the imported documents have been read. */
  entries: LibraryEntry[] | undefined;
  /** The imported rows by id (the library's content hashes tell an open document it was replaced). */
  rows: Map<string, LibraryDocumentRow>;
  collections: CollectionRow[];
}

// Every write to the library (each batch of an import) reads all rows again; entries are kept
// for rows that did not change, so only new rows are normalised for the filter.
let entryCache = new Map<string, { key: string; entry: LibraryEntry }>();

function cachedEntries(rows: LibraryDocumentRow[]): LibraryEntry[] {
  const next = new Map<string, { key: string; entry: LibraryEntry }>();
  const entries = rows.map((row) => {
    const key = `${row.contentHash}|${row.title}|${row.collectionIds.join()}`;
    const hit = entryCache.get(row.id);
    const entry = hit && hit.key === key ? hit.entry : importedEntry(row);
    next.set(row.id, { key, entry });
    return entry;
  });
  entryCache = next;
  return entries;
}

export function useLibrary(bundled: readonly CorpusDocument[], states: Map<string, DocumentStateRow> | undefined): Library {
  const rows = useLiveQuery(() => db.documents.toArray(), []);
  const collections = useLiveQuery(() => db.collections.orderBy('name').toArray(), []);
  const bundledEntries = useMemo(() => bundled.map(bundledEntry), [bundled]);
  const importedEntries = useMemo(() => rows && cachedEntries(rows), [rows]);
  const entries = useMemo(
    () => importedEntries && [...bundledEntries, ...importedEntries].map((entry) => withCustomTitle(entry, states?.get(entry.id)?.customTitle)),
    [bundledEntries, importedEntries, states],
  );
  const byId = useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
  return { entries, rows: byId, collections: collections ?? [] };
}

const QUERY_KEY = 'libraryQuery';

/** The library's sort and filters, remembered between sessions. */
export function useLibraryQuery(): [LibraryQuery | undefined, (change: Partial<LibraryQuery>) => void] {
  const stored = useLiveQuery(async () => (await db.settings.get(QUERY_KEY)) ?? null, []);
  // One object per stored value: the list, its memos and effects depend on its identity.
  const query = useMemo(() => (stored === undefined ? undefined : stored === null ? DEFAULT_LIBRARY_QUERY : parseLibraryQuery(stored.value)), [stored]);
  const update = useCallback((change: Partial<LibraryQuery>) => {
    void db.transaction('rw', db.settings, async () => {
      const current = parseLibraryQuery((await db.settings.get(QUERY_KEY))?.value);
      await db.settings.put({ key: QUERY_KEY, value: { ...current, ...change } });
    });
  }, []);
  return [query, update];
}
