/**
 * The research index kept in step with the database, and the queries it answers: everything the
 * search worker does, with the database and the way out (postMessage) passed in, so it can be
 * tested under Node.
 *
 * At start it reads a snapshot of every record's version. A saved index with the same format
 * and fingerprint is loaded; otherwise (none, outdated, damaged) the index is built from the
 * records with progress reported. A live query re-reads the snapshot whenever a record changes
 * in any tab or window; the difference is applied item by item and the index saved again,
 * debounced. Queries are answered latest first: one sent while another waited replaces it.
 */
import { liveQuery } from 'dexie';
import { BUNDLED_COLLECTION_ID, type LibraryDocumentRow } from '../../core/library/library-types';
import { addItem, createResearchIndex, loadResearchIndex, removeItem, replaceItem, researchIndexToJSON, RESEARCH_INDEX_VERSION, type ResearchIndex } from '../../core/search/research-index';
import { keyOfItem, kindOfKey } from '../../core/search/research-items';
import { searchResearch } from '../../core/search/search-research';
import type { QiraaDb } from '../../data/db';
import { readSavedIndex, saveIndex } from '../../data/search-index-store';
import { linkingNoteKeys, readAllItems, readItems, readSnapshot, type Snapshot } from './index-records';
import { fingerprintOf, placeholderItem, versionChanges, type SourceDocument } from './research-sources';
import { queryWithFilters, searchOptionsFor, toResultGroups, type DocumentInfo } from './result-hits';
import type { FromSearchWorker, IndexStatus, RebuildReason, ToSearchWorker } from './search-messages';

/** Keys read per batch while building (a progress step). */
const BATCH_KEYS = 250;
/**
 * Changes settle this long before the index is saved again: writing a large index's JSON takes
 * the worker a few seconds, and queries wait meanwhile, so it is not done after every keystroke
 * of a note.
 */
const SAVE_DELAY_MS = 5000;

type QueryMessage = Extract<ToSearchWorker, { type: 'query' }>;

export interface IndexKeeper {
  /** Handles one message from the app. */
  receive: (message: ToSearchWorker) => void;
  /** Stops watching the database (tests). */
  stop: () => void;
}

/** The index keeper over `db`, answering through `post`. */
export function createIndexKeeper(db: QiraaDb, post: (message: FromSearchWorker) => void, saveDelayMs = SAVE_DELAY_MS): IndexKeeper {
  let bundled = new Map<string, SourceDocument>();
  let index: ResearchIndex | null = null;
  /** The version of every record in the index, by item key. */
  let versions = new Map<string, string>();
  let rows = new Map<string, LibraryDocumentRow>();
  const titleStarts = new Map<string, number | null>();
  let tagsSent = '';

  const setStatus = (status: IndexStatus) => post({ type: 'status', status });

  const documentInfo = (docId: string): DocumentInfo | undefined => {
    const title = bundled.get(docId)?.title ?? rows.get(docId)?.title;
    return title === undefined ? undefined : { title, titleStart: titleStarts.get(docId) ?? null };
  };

  function docIdsOf(collectionId: string): ReadonlySet<string> {
    if (collectionId === BUNDLED_COLLECTION_ID) return new Set(bundled.keys());
    return new Set([...rows.values()].filter((row) => row.collectionIds.includes(collectionId)).map((row) => row.id));
  }

  // Queries: the latest one waiting, and the last one answered (answered again when the index changes).
  let pending: QueryMessage | null = null;
  let answered: QueryMessage | null = null;
  let scheduled = false;

  function scheduleQuery(): void {
    if (scheduled) return;
    scheduled = true;
    // A task of its own, so queries that arrived meanwhile are read first and only the last runs.
    setTimeout(() => {
      scheduled = false;
      const query = pending;
      if (!index || !query) return;
      pending = null;
      answered = query;
      const results = searchResearch(index, queryWithFilters(query.query, query.filters), searchOptionsFor(query.filters, docIdsOf));
      post({ type: 'results', seq: query.seq, query: query.query, filters: query.filters, results: toResultGroups(results, documentInfo) });
    }, 0);
  }

  function indexChanged(): void {
    if (!pending && answered) pending = answered;
    scheduleQuery();
    const tags = new Set<string>();
    for (const item of index!.items.values()) if (item.kind === 'highlight') for (const tag of item.tags) tags.add(tag);
    const sorted = [...tags].sort((a, b) => a.localeCompare(b, 'ar'));
    if (sorted.join('\n') !== tagsSent) {
      tagsSent = sorted.join('\n');
      post({ type: 'tags', tags: sorted });
    }
  }

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  function scheduleSave(delay = saveDelayMs): void {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      if (!index) return;
      const json = researchIndexToJSON(index);
      const fingerprint = fingerprintOf(versions, RESEARCH_INDEX_VERSION);
      // A failed save (storage full) only means the next start builds the index again.
      saveIndex(db, { formatVersion: RESEARCH_INDEX_VERSION, fingerprint, json, savedAt: Date.now(), versions: [...versions] }).catch(() => undefined);
    }, delay);
  }

  async function build(snapshot: Snapshot, reason: RebuildReason): Promise<ResearchIndex> {
    const keys = [...snapshot.versions.keys()];
    const built = createResearchIndex();
    setStatus({ state: 'building', reason, done: 0, total: keys.length });
    for (let at = 0; at < keys.length; at += BATCH_KEYS) {
      const read = await readItems(db, keys.slice(at, at + BATCH_KEYS), bundled, rows);
      for (const item of read.items) addItem(built, item);
      for (const [docId, start] of read.titleStarts) titleStarts.set(docId, start);
      setStatus({ state: 'building', reason, done: Math.min(keys.length, at + BATCH_KEYS), total: keys.length });
    }
    return built;
  }

  /**
   * Loads the saved index with the versions of the records it holds (the current ones, or those
   * saved with it when records changed after it was saved); otherwise says why it must be rebuilt.
   */
  async function loadSaved(snapshot: Snapshot): Promise<{ index: ResearchIndex; versions: Map<string, string> } | RebuildReason> {
    const saved = await readSavedIndex(db);
    if (!saved) return 'none-saved';
    if (saved.formatVersion !== RESEARCH_INDEX_VERSION) return 'outdated';
    const held = saved.fingerprint === fingerprintOf(snapshot.versions, RESEARCH_INDEX_VERSION) ? snapshot.versions : new Map(saved.versions ?? []);
    if (fingerprintOf(held, RESEARCH_INDEX_VERSION) !== saved.fingerprint) return 'outdated';
    const read = await readAllItems(db, snapshot, bundled);
    const current = new Map(read.items.map((item) => [keyOfItem(item), item]));
    try {
      const loaded = loadResearchIndex(saved.json, [...held.keys()].map((key) => current.get(key) ?? placeholderItem(key)));
      for (const [docId, start] of read.titleStarts) titleStarts.set(docId, start);
      return { index: loaded, versions: new Map(held) };
    } catch {
      return 'damaged';
    }
  }

  async function initialize(snapshot: Snapshot): Promise<void> {
    const loaded = await loadSaved(snapshot);
    if (typeof loaded === 'string') {
      index = await build(snapshot, loaded);
      versions = new Map(snapshot.versions);
      scheduleSave(0);
      setStatus({ state: 'ready', items: index.items.size });
      indexChanged();
    } else {
      // Records changed since the save (an edit just before the app closed) are indexed again now.
      index = loaded.index;
      versions = loaded.versions;
      await applyChanges(snapshot);
      setStatus({ state: 'ready', items: index.items.size });
    }
  }

  async function applyChanges(snapshot: Snapshot): Promise<void> {
    const current = index!;
    const { changed, removed } = versionChanges(versions, snapshot.versions);
    if (changed.length === 0 && removed.length === 0) {
      indexChanged(); // a collection's documents may have changed
      return;
    }
    // Notes linking to a renamed or deleted note read its title differently now, with their time unchanged.
    for (const key of await linkingNoteKeys(db, [...changed, ...removed].filter((k) => kindOfKey(k) === 'note'))) {
      if (snapshot.versions.has(key) && !changed.includes(key)) changed.push(key);
    }
    const read = await readItems(db, changed, bundled, rows);
    const found = new Set<string>();
    for (const item of read.items) {
      replaceItem(current, item);
      const key = keyOfItem(item);
      found.add(key);
      versions.set(key, snapshot.versions.get(key)!);
    }
    for (const [docId, start] of read.titleStarts) titleStarts.set(docId, start);
    // A record deleted between the snapshot and the read goes too; the next snapshot agrees.
    for (const key of [...removed, ...changed.filter((k) => !found.has(k))]) {
      removeItem(current, key);
      versions.delete(key);
    }
    setStatus({ state: 'ready', items: current.items.size });
    indexChanged();
    scheduleSave();
  }

  // Snapshots are applied one at a time; while one is applied, only the newest that arrives is kept.
  let waiting: Snapshot | null = null;
  let syncing = false;
  async function drain(): Promise<void> {
    syncing = true;
    try {
      while (waiting) {
        const snapshot = waiting;
        waiting = null;
        rows = new Map(snapshot.documents.map((row) => [row.id, row]));
        await (index ? applyChanges(snapshot) : initialize(snapshot));
      }
    } catch (error) {
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      syncing = false;
    }
  }

  let subscription: { unsubscribe: () => void } | null = null;
  function start(documents: SourceDocument[]): void {
    bundled = new Map(documents.map((doc) => [doc.id, doc]));
    setStatus({ state: 'loading' });
    subscription = liveQuery(() => readSnapshot(db, documents)).subscribe({
      next: (snapshot) => {
        waiting = snapshot;
        if (!syncing) void drain();
      },
      error: (error: unknown) => setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    });
  }

  return {
    receive: (message) => {
      if (message.type === 'start') start(message.bundled);
      else {
        pending = message;
        scheduleQuery();
      }
    },
    stop: () => {
      subscription?.unsubscribe();
      if (saveTimer) clearTimeout(saveTimer);
    },
  };
}
