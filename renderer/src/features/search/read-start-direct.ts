/**
 * What a start reads before its first answer (`StartRead`, see `readStart` in index-records.ts),
 * read with IndexedDB's own API instead of Dexie: the search worker's first script starts it at
 * once, while the rest of the worker (Dexie, MiniSearch, the index code: most of its script) is
 * still being fetched and compiled. One read-only transaction, as `readStart`'s.
 *
 * It opens the database at whatever version it has and never creates or upgrades it: with no
 * database yet (the app's first start) or no such tables, it fails, and the caller reads through
 * Dexie instead, which creates the database as it does for the rest of the app. An upgrade by the
 * app (a new schema) does not wait on this connection: it is closed when one is asked for.
 */
import type { LibraryDocumentRow } from '../../core/library/library-types';
import type { DocumentStateRow, SearchIndexRow } from '../../data/db';
import { SEARCH_INDEX_KEY } from '../../data/search-index-store';
import { customTitlesOf } from './custom-titles';
import type { StartRead } from './index-records';
import { markStartPhase } from './search-timing';
import { tableMark, unchangedSince, type MarkedTable } from './table-marks';

/** data/db.ts's DB_NAME, not imported from there: that module brings Dexie into this small script. */
export const START_DB_NAME = 'qiraa';

const failure = (error: DOMException | null, what: string): Error => error ?? new Error(`the search index could not be read (${what})`);

/** Reads what a start needs from the database `name`; rejects when it cannot (see the module comment). */
export function readStartDirect(factory: IDBFactory = indexedDB, name = START_DB_NAME): Promise<StartRead> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // Asked for only when there is no database yet: it is not created here (aborting deletes it).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => reject(failure(open.error, 'open'));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      // Each result is taken as it lands (the browser turns the stored value back into objects
      // when it is first asked for), so each phase's mark comes after that.
      const read: StartRead = { saved: undefined, documents: [], highlightIds: null, noteIds: null, customTitles: new Map() };
      let tx: IDBTransaction;
      try {
        tx = db.transaction(['searchIndex', 'documents', 'highlights', 'notes', 'documentState'], 'readonly');
        const saved = tx.objectStore('searchIndex').get(SEARCH_INDEX_KEY);
        saved.onsuccess = () => {
          read.saved = saved.result as SearchIndexRow | undefined;
          markStartPhase('saved-row-read');
        };
        const documents = tx.objectStore('documents').getAll();
        documents.onsuccess = () => {
          read.documents = documents.result as LibraryDocumentRow[];
          markStartPhase('document-rows-read');
        };
        // Each table's count and latest edit; its keys only when they differ from the saved index's
        // (`table-marks.ts`). A transaction answers its requests in order: the saved row is in hand by then.
        const keysUnlessUnchanged = (table: MarkedTable, done: (ids: Set<string> | null) => void) => {
          const store = tx.objectStore(table);
          const count = store.count();
          const latest = store.index('modifiedAt').openKeyCursor(null, 'prev');
          latest.onsuccess = () => {
            if (unchangedSince(read.saved, table, tableMark(count.result, latest.result?.key))) return done(null);
            const keys = store.getAllKeys();
            keys.onsuccess = () => done(new Set(keys.result as string[]));
          };
        };
        keysUnlessUnchanged('highlights', (ids) => (read.highlightIds = ids));
        keysUnlessUnchanged('notes', (ids) => {
          read.noteIds = ids;
          markStartPhase('record-keys-read');
        });
        const states = tx.objectStore('documentState').getAll();
        states.onsuccess = () => (read.customTitles = customTitlesOf(states.result as DocumentStateRow[]));
      } catch (error) {
        // Tables or indexes this code reads are not there.
        db.close();
        reject(error instanceof Error ? error : failure(null, 'tables'));
        return;
      }
      tx.oncomplete = () => {
        db.close();
        resolve(read);
      };
      tx.onabort = () => {
        db.close();
        reject(failure(tx.error, 'read'));
      };
    };
  });
}
