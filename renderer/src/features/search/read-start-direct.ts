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
import type { StartRead, StartReading } from './index-records';
import { markStartPhase } from './search-timing';

/** data/db.ts's DB_NAME, not imported from there: that module brings Dexie into this small script. */
export const START_DB_NAME = 'qiraa';

const failure = (error: DOMException | null, what: string): Error => error ?? new Error(`the search index could not be read (${what})`);

/**
 * Reads what a start needs from the database `name`, in one transaction (one moment of the
 * data). The saved row, read first, is given as soon as it lands (`StartReading.saved`), so its
 * terms are opened while the rest is read. (Reading the rest in a transaction of its own, beside
 * the row, did not bring the first answer sooner and made the app's first paint later in the
 * benchmark: the browser read both at once while the page was drawing.) Both reject when it
 * cannot read (see the module comment).
 */
export function readStartDirect(factory: IDBFactory = indexedDB, name = START_DB_NAME): StartReading {
  let savedRead!: (row: SearchIndexRow | undefined) => void;
  let savedFailed!: (error: Error) => void;
  const saved = new Promise<SearchIndexRow | undefined>((resolve, reject) => {
    savedRead = resolve;
    savedFailed = reject;
  });
  const all = new Promise<StartRead>((resolve, reject) => {
    const fail = (error: Error) => {
      savedFailed(error);
      reject(error);
    };
    const open = factory.open(name);
    // Asked for only when there is no database yet: it is not created here (aborting deletes it).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => fail(failure(open.error, 'open'));
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      let tx: IDBTransaction;
      try {
        tx = db.transaction(['searchIndex', 'documents', 'highlights', 'notes', 'documentState'], 'readonly');
      } catch (error) {
        db.close();
        fail(error instanceof Error ? error : failure(null, 'tables'));
        return;
      }
      // Each result is taken as it lands (the browser turns the stored value back into objects
      // when it is first asked for), so each phase's mark comes after that.
      const read: StartRead = { saved: undefined, documents: [], highlightIds: new Set(), noteIds: new Set(), customTitles: new Map() };
      const row = tx.objectStore('searchIndex').get(SEARCH_INDEX_KEY);
      row.onsuccess = () => {
        read.saved = row.result as SearchIndexRow | undefined;
        markStartPhase('saved-row-read');
        savedRead(read.saved);
      };
      const documents = tx.objectStore('documents').getAll();
      documents.onsuccess = () => {
        read.documents = documents.result as LibraryDocumentRow[];
        markStartPhase('document-rows-read');
      };
      const highlightIds = tx.objectStore('highlights').getAllKeys();
      highlightIds.onsuccess = () => (read.highlightIds = new Set(highlightIds.result as string[]));
      const noteIds = tx.objectStore('notes').getAllKeys();
      noteIds.onsuccess = () => {
        read.noteIds = new Set(noteIds.result as string[]);
        markStartPhase('record-keys-read');
      };
      const states = tx.objectStore('documentState').getAll();
      states.onsuccess = () => (read.customTitles = customTitlesOf(states.result as DocumentStateRow[]));
      tx.oncomplete = () => {
        db.close();
        resolve(read);
      };
      tx.onabort = () => {
        db.close();
        fail(failure(tx.error, 'read'));
      };
    };
  });
  // A failure is met by whoever awaits either: these only keep it from being reported unhandled.
  saved.catch(() => undefined);
  all.catch(() => undefined);
  return { saved, all };
}
