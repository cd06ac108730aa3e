/**
 * The research index kept in step with the database, and the queries it answers: everything the
 * search worker does, with the database and the way out (postMessage) passed in, so it can be
 * tested under Node.
 *
 * A start answers from the saved index as soon as it is loaded (`saved-index.ts`): the keeper
 * reads and opens it when it is made, while the app is still starting, with the documents' small
 * rows and the keys of the highlights and notes (what was deleted since the save is left out at
 * once), and places the bundled corpus in it when the app sends that.
 * Imported documents come without their text: a query that needs one (an excerpt, a phrase
 * check) reads it and runs again, and the rest are read in the background afterwards.
 *
 * Then, in the background, a live query reads a snapshot of every record's version: the first
 * one catches up on records added or edited since the save (an edit just before the app
 * closed), and it runs again whenever a record changes in any tab or window. Each difference is
 * applied item by item, the answer on screen is given again, and the index saved (debounced).
 * Without a usable saved index (none, outdated, damaged) the index is built from the first
 * snapshot, with progress reported. Queries are answered latest first: one sent while another
 * waited replaces it.
 */
import { liveQuery } from 'dexie';
import { BUNDLED_COLLECTION_ID, type LibraryDocumentRow } from '../../core/library/library-types';
import { addItem, createResearchIndex, fillItem, removeItem, replaceItem, type ResearchIndex } from '../../core/search/research-index';
import { keyOfItem, kindOfKey } from '../../core/search/research-items';
import { locateHits, rankResearch, type RankedResearch } from '../../core/search/search-research';
import type { QiraaDb } from '../../data/db';
import { saveIndex } from '../../data/search-index-store';
import type { CustomTitles } from './custom-titles';
import { linkingNoteKeys, readCustomTitles, readItems, readSnapshot, readStart, type Snapshot, type StartRead } from './index-records';
import { versionChanges, type SourceDocument } from './research-sources';
import { queryWithFilters, searchOptionsFor, toResultGroups, type DocumentInfo } from './result-hits';
import { openSavedIndex, placeBundled, savedIndexRow } from './saved-index';
import type { FromSearchWorker, IndexStatus, RebuildReason, ToSearchWorker } from './search-messages';
import { markStartPhase } from './search-timing';

/** Keys read per batch while building (a progress step), and documents' texts read per batch in the background. */
const BATCH_KEYS = 250;
/**
 * Changes settle this long before the index is saved again: writing a large index's JSON takes
 * the worker a few seconds, and queries wait meanwhile, so it is not done after every keystroke
 * of a note.
 */
const SAVE_DELAY_MS = 5000;
/** Times a query reads the texts it needs and runs again (a newer version may be wanted the next time). */
const FILL_PASSES = 3;

type QueryMessage = Extract<ToSearchWorker, { type: 'query' }>;

export interface IndexKeeper {
  /** Handles one message from the app. */
  receive: (message: ToSearchWorker) => void;
  /** Stops watching the database (tests). */
  stop: () => void;
}

/**
 * The index keeper over `db`, answering through `post`. `startRead`: what the start reads, when
 * the caller has begun reading it already (the worker's first script, `read-start-direct.ts`).
 */
export function createIndexKeeper(db: QiraaDb, post: (message: FromSearchWorker) => void, saveDelayMs = SAVE_DELAY_MS, startRead: Promise<StartRead> = readStart(db)): IndexKeeper {
  let bundled = new Map<string, SourceDocument>();
  let index: ResearchIndex | null = null;
  /** The version of every record in the index, by item key. */
  let versions = new Map<string, string>();
  let rows = new Map<string, LibraryDocumentRow>();
  /** The titles the user gave documents, as the index has them (the last snapshot's). */
  let customTitles: CustomTitles = new Map();
  const titleStarts = new Map<string, number | null>();
  let tagsSent = '';
  let stopped = false;
  // Read and opened at once, while the app is still starting: the corpus it sends is placed after.
  const opening = startRead.then((start) => {
    markStartPhase('stored-read');
    const opened = openSavedIndex(start);
    markStartPhase('index-opened');
    return { start, opened };
  });
  opening.catch(() => undefined); // reported when the start awaits it

  const setStatus = (status: IndexStatus) => post({ type: 'status', status });
  const fail = (error: unknown) => setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });

  const documentInfo = (docId: string): DocumentInfo | undefined => {
    const title = customTitles.get(docId) ?? bundled.get(docId)?.title ?? rows.get(docId)?.title;
    return title === undefined ? undefined : { title, titleStart: titleStarts.get(docId) ?? null };
  };

  function docIdsOf(collectionId: string): ReadonlySet<string> {
    if (collectionId === BUNDLED_COLLECTION_ID) return new Set(bundled.keys());
    return new Set([...rows.values()].filter((row) => row.collectionIds.includes(collectionId)).map((row) => row.id));
  }

  /**
   * Reads the texts of these lazy documents into the index. One no longer stored was deleted
   * since the index was saved: it leaves the index now (the next snapshot agrees).
   */
  async function fillDocuments(keys: readonly string[]): Promise<void> {
    const read = await readItems(db, keys, bundled, rows, customTitles);
    const current = index;
    if (!current) return;
    for (const item of read.items) fillItem(current, item);
    for (const [docId, start] of read.titleStarts) titleStarts.set(docId, start);
    const found = new Set(read.items.map(keyOfItem));
    const gone = keys.filter((key) => !found.has(key) && current.lazy.has(key));
    for (const key of gone) {
      removeItem(current, key);
      versions.delete(key);
    }
    if (gone.length > 0) scheduleSave();
  }

  /** Every document's text, a batch at a time, so queries are answered in between. */
  async function fillAll(): Promise<void> {
    while (index && index.lazy.size > 0 && !stopped) await fillDocuments([...index.lazy].slice(0, BATCH_KEYS));
    markStartPhase('texts-read');
  }

  // Queries: the latest one waiting, and the last one answered (answered again when the index changes).
  let pending: QueryMessage | null = null;
  let answered: QueryMessage | null = null;
  let scheduled = false;
  let answering = false;

  function scheduleQuery(): void {
    if (scheduled || answering) return;
    scheduled = true;
    // A task of its own, so queries that arrived meanwhile are read first and only the last runs.
    setTimeout(() => {
      scheduled = false;
      const query = pending;
      if (!index || !query) return;
      pending = null;
      answered = query;
      answering = true;
      answer(index, query)
        .catch((error: unknown) => {
          fail(error);
          afterFirstAnswer();
        })
        .finally(() => {
          answering = false;
          if (pending) scheduleQuery();
        });
    }, 0);
  }

  /**
   * Answers a query. When its ranking read texts not there yet (lazy documents: a phrase check,
   * the side-by-side boost), they are read and the query ranked again; when only its excerpts
   * did, only they are made again. A newer query that arrived meanwhile is answered instead.
   */
  async function answer(current: ResearchIndex, query: QueryMessage): Promise<void> {
    const rank = (): RankedResearch => {
      current.wanted.clear();
      return rankResearch(current, queryWithFilters(query.query, query.filters), searchOptionsFor(query.filters, docIdsOf, query.full));
    };
    /** Reads the texts wanted; false when a newer query arrived meanwhile. */
    const fillWanted = async (): Promise<boolean> => {
      await fillDocuments([...current.wanted]);
      current.wanted.clear();
      return !pending;
    };
    let ranked = rank();
    for (let pass = 0; pass < FILL_PASSES && current.wanted.size > 0; pass++) {
      if (!(await fillWanted())) return;
      ranked = rank();
    }
    // Located as soon as ranked (nothing changes in between): every hit is there.
    let results = locateHits(current, ranked)!;
    for (let pass = 0; pass < FILL_PASSES && current.wanted.size > 0; pass++) {
      if (!(await fillWanted())) return;
      // A hit deleted since the index was saved left it as its text was read: ranked again.
      results = locateHits(current, ranked) ?? locateHits(current, (ranked = rank()))!;
    }
    post({ type: 'results', seq: query.seq, query: query.query, filters: query.filters, full: query.full ?? [], results: toResultGroups(results, documentInfo) });
    markStartPhase('first-answer');
    afterFirstAnswer();
  }

  /** What a start does once its first answer is out (so it does not wait on them): see `initialize`. */
  let afterAnswer: (() => void) | null = null;
  function afterFirstAnswer(): void {
    const next = afterAnswer;
    afterAnswer = null;
    next?.();
  }

  function indexChanged(): void {
    if (!pending && answered) pending = answered;
    scheduleQuery();
    sendTags();
  }

  function sendTags(): void {
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
      // A failed save (storage full) only means the next start builds the index again.
      saveIndex(db, savedIndexRow(index, versions, Date.now())).catch(() => undefined);
    }, delay);
  }

  async function build(snapshot: Snapshot, reason: RebuildReason): Promise<ResearchIndex> {
    const keys = [...snapshot.versions.keys()];
    const built = createResearchIndex();
    setStatus({ state: 'building', reason, done: 0, total: keys.length });
    for (let at = 0; at < keys.length; at += BATCH_KEYS) {
      const read = await readItems(db, keys.slice(at, at + BATCH_KEYS), bundled, rows, snapshot.customTitles);
      for (const item of read.items) addItem(built, item);
      for (const [docId, start] of read.titleStarts) titleStarts.set(docId, start);
      setStatus({ state: 'building', reason, done: Math.min(keys.length, at + BATCH_KEYS), total: keys.length });
    }
    return built;
  }

  /** Why the index must be built from the first snapshot (no saved one could be used). */
  let rebuild: RebuildReason = 'none-saved';

  /** The start: the saved index loaded and answering, or, without one, a build from the first snapshot. */
  async function initialize(): Promise<void> {
    const { start, opened } = await opening;
    start.saved = undefined; // opened: the row's JSON and records are not kept for the keeper's life
    rows = new Map(start.documents.map((row) => [row.id, row]));
    customTitles = start.customTitles;
    if (typeof opened === 'string') rebuild = opened;
    else {
      const loaded = placeBundled(opened, bundled);
      index = loaded.index;
      versions = loaded.versions;
      for (const [docId, titleStart] of loaded.titleStarts) titleStarts.set(docId, titleStart);
      // A bundled document renamed or changed since the save was indexed again: saved so the next start need not.
      if (loaded.indexedAgain) scheduleSave();
      markStartPhase('ready');
      setStatus({ state: 'ready', items: index.items.size });
      // A query typed meanwhile is answered first; the tags and the catch-up come after it.
      if (pending) {
        afterAnswer = () => {
          sendTags();
          watch();
        };
        scheduleQuery();
        return;
      }
      sendTags();
    }
    watch();
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
    const read = await readItems(db, changed, bundled, rows, snapshot.customTitles);
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
  let filling = false;
  async function drain(): Promise<void> {
    syncing = true;
    try {
      while (waiting) {
        const snapshot = waiting;
        waiting = null;
        rows = new Map(snapshot.documents.map((row) => [row.id, row]));
        customTitles = snapshot.customTitles;
        if (index) await applyChanges(snapshot);
        else {
          index = await build(snapshot, rebuild);
          versions = new Map(snapshot.versions);
          scheduleSave(0);
          setStatus({ state: 'ready', items: index.items.size });
          indexChanged();
        }
        markStartPhase('caught-up');
        if (!filling && index.lazy.size > 0) {
          filling = true;
          fillAll().catch(fail);
        }
      }
    } catch (error) {
      fail(error);
    } finally {
      syncing = false;
    }
  }

  let subscription: { unsubscribe: () => void } | null = null;
  let titlesSubscription: { unsubscribe: () => void } | null = null;
  /**
   * Watches the records' versions. The custom titles have a live query of their own: their table
   * also holds reading positions, saved as the user scrolls, and only a changed title starts the
   * snapshot's live query again (with the new titles in its versions: a rename is indexed at once).
   */
  function watch(): void {
    if (stopped) return;
    const documents = [...bundled.values()];
    let watchedTitles: string | null = null;
    titlesSubscription = liveQuery(() => readCustomTitles(db)).subscribe({
      next: (titles) => {
        const sorted = JSON.stringify([...titles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        if (sorted === watchedTitles || stopped) return;
        watchedTitles = sorted;
        subscription?.unsubscribe();
        subscription = liveQuery(() => readSnapshot(db, documents, titles)).subscribe({
          next: (snapshot) => {
            waiting = snapshot;
            if (!syncing) void drain();
          },
          error: fail,
        });
      },
      error: fail,
    });
  }

  function start(documents: SourceDocument[]): void {
    bundled = new Map(documents.map((doc) => [doc.id, doc]));
    setStatus({ state: 'loading' });
    initialize().catch(fail);
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
      stopped = true;
      titlesSubscription?.unsubscribe();
      subscription?.unsubscribe();
      if (saveTimer) clearTimeout(saveTimer);
    },
  };
}
