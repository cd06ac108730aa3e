/**
 * What the search worker reads from the database: what a start needs (the saved index, the
 * documents' small rows and which highlights and notes exist: key lists, no records), a snapshot
 * of every record's version (key cursors and the small document rows, so it can run again on
 * every change), and the records themselves, turned into index items, for the keys that need
 * (re)indexing.
 */
import type { LibraryDocumentRow } from '../../core/library/library-types';
import { itemKey, kindOfKey, type ResearchItem } from '../../core/search/research-items';
import type { QiraaDb, SearchIndexRow, TableMark } from '../../data/db';
import { customTitlesOf, type CustomTitles } from './custom-titles';
import { readSavedIndex } from '../../data/search-index-store';
import { bundledVersion, documentSource, highlightItem, importedVersion, noteItem, titledVersion, type SourceDocument } from './research-sources';
import { markStartPhase } from './search-timing';
import { tableMark, unchangedSince, type MarkedTable } from './table-marks';

export interface Snapshot {
  /** Every item key the index should hold, with the version of its record. */
  versions: Map<string, string>;
  /** The imported documents' rows (titles and collections). */
  documents: LibraryDocumentRow[];
  /** The titles the user gave documents (renames), by document id. */
  customTitles: CustomTitles;
}

/** Reads the titles the user gave documents (small rows: one per document opened or renamed). */
export async function readCustomTitles(db: QiraaDb): Promise<Map<string, string>> {
  return customTitlesOf(await db.documentState.toArray());
}

export interface StartRead {
  saved: SearchIndexRow | undefined;
  /** The imported documents' rows (titles and collections). */
  documents: LibraryDocumentRow[];
  /**
   * The highlights' keys, or null when the table is as the saved index holds it by its mark (how
   * many rows, the latest edit: `table-marks.ts`), so they were not read.
   */
  highlightIds: Set<string> | null;
  /** The notes' keys, or null likewise. */
  noteIds: Set<string> | null;
  customTitles: Map<string, string>;
}

/** A table's mark now: how many rows, and its latest `modifiedAt` (`tableMark`). */
async function markNow(table: QiraaDb['highlights'] | QiraaDb['notes']): Promise<TableMark> {
  const [count, latest] = await Promise.all([table.count(), table.orderBy('modifiedAt').reverse().limit(1).keys()]);
  return tableMark(count, latest[0]);
}

/** The table's keys, unless its mark says it is as the saved index holds it. */
async function keysUnlessUnchanged(saved: SearchIndexRow | undefined, name: MarkedTable, table: QiraaDb['highlights'] | QiraaDb['notes'], mark: TableMark): Promise<Set<string> | null> {
  return unchangedSince(saved, name, mark) ? null : new Set(await table.toCollection().primaryKeys());
}

/** Passes a value on, marking the start phase it ends (search-timing.ts). */
const marked =
  (phase: string) =>
  <T>(value: T): T => {
    markStartPhase(phase);
    return value;
  };

/**
 * What a start reads before its first answer, in one transaction (one moment of the data): no
 * document body, highlight or note record, and the highlights' and notes' keys only when their
 * tables' marks differ from the saved ones, so it costs little more than the saved index itself.
 */
export async function readStart(db: QiraaDb): Promise<StartRead> {
  return db.transaction('r', [db.searchIndex, db.documents, db.highlights, db.notes, db.documentState], async () => {
    const [saved, documents, highlightMark, noteMark, customTitles] = await Promise.all([
      readSavedIndex(db).then(marked('saved-row-read')),
      db.documents.toArray().then(marked('document-rows-read')),
      markNow(db.highlights),
      markNow(db.notes),
      readCustomTitles(db),
    ]);
    const [highlightIds, noteIds] = await Promise.all([
      keysUnlessUnchanged(saved, 'highlights', db.highlights, highlightMark),
      keysUnlessUnchanged(saved, 'notes', db.notes, noteMark),
    ]);
    markStartPhase('record-keys-read');
    return { saved, documents, highlightIds, noteIds, customTitles };
  });
}

/** Each row's id with its `modifiedAt`; a row without a usable one still counts (version "?"). */
async function modifiedVersions(table: QiraaDb['highlights'] | QiraaDb['notes'], kind: 'highlight' | 'note', into: Map<string, string>): Promise<void> {
  const [ids, dated] = await Promise.all([
    table.toCollection().primaryKeys(),
    (async () => {
      const pairs = new Map<string, number>();
      await table.orderBy('modifiedAt').eachKey((modifiedAt, cursor) => {
        pairs.set(cursor.primaryKey as string, modifiedAt as number);
      });
      return pairs;
    })(),
  ]);
  for (const id of ids) into.set(itemKey(kind, id), String(dated.get(id) ?? '?'));
}

/**
 * Reads the snapshot (run inside a live query: it re-runs whenever one of these tables changes).
 * The custom titles are read by the caller's own live query (`documentState` also holds reading
 * positions, saved as the user scrolls, which should not read every version again).
 */
export async function readSnapshot(db: QiraaDb, bundled: readonly SourceDocument[], customTitles: CustomTitles): Promise<Snapshot> {
  const versions = new Map<string, string>();
  for (const doc of bundled) versions.set(itemKey('document', doc.id), titledVersion(bundledVersion(doc), customTitles.get(doc.id)));
  const [documents] = await Promise.all([
    db.documents.toArray(),
    modifiedVersions(db.highlights, 'highlight', versions),
    modifiedVersions(db.notes, 'note', versions),
  ]);
  for (const row of documents) versions.set(itemKey('document', row.id), titledVersion(importedVersion(row), customTitles.get(row.id)));
  return { versions, documents, customTitles };
}

export interface ReadItems {
  items: ResearchItem[];
  /** Where each read document's title line starts (see `documentSource`). */
  titleStarts: Map<string, number | null>;
}

export const idOf = (key: string): string => key.slice(key.indexOf(':') + 1);

/**
 * The keys of the notes linking to any of these notes: their plain text reads the linked notes'
 * titles, and is derived again (without a new `modifiedAt`) when one is renamed or deleted.
 */
export async function linkingNoteKeys(db: QiraaDb, noteKeys: readonly string[]): Promise<string[]> {
  if (noteKeys.length === 0) return [];
  const ids = await db.notes.where('linkedNoteIds').anyOf(noteKeys.map(idOf)).primaryKeys();
  return [...new Set(ids)].map((id) => itemKey('note', id));
}

/** Reads the records for these keys as items; a record deleted meanwhile is left out. */
export async function readItems(
  db: QiraaDb,
  keys: readonly string[],
  bundled: ReadonlyMap<string, SourceDocument>,
  rows: ReadonlyMap<string, LibraryDocumentRow>,
  customTitles: CustomTitles,
): Promise<ReadItems> {
  const ids = { document: [] as string[], highlight: [] as string[], note: [] as string[] };
  for (const key of keys) ids[kindOfKey(key)].push(idOf(key));
  const imported = ids.document.filter((id) => !bundled.has(id));
  const [bodies, highlights, notes] = await Promise.all([
    imported.length > 0 ? db.documentBodies.bulkGet(imported) : [],
    ids.highlight.length > 0 ? db.highlights.bulkGet(ids.highlight) : [],
    ids.note.length > 0 ? db.notes.bulkGet(ids.note) : [],
  ]);
  const items: ResearchItem[] = [];
  const titleStarts = new Map<string, number | null>();
  const addDocument = (doc: SourceDocument) => {
    const source = documentSource(doc, customTitles.get(doc.id) ?? null);
    items.push(source.item);
    titleStarts.set(doc.id, source.titleStart);
  };
  for (const id of ids.document) {
    const doc = bundled.get(id);
    if (doc) addDocument(doc);
  }
  for (const body of bodies) {
    const row = body && rows.get(body.docId);
    if (body && row) addDocument({ id: row.id, title: row.title, text: body.text, blocks: body.blocks });
  }
  for (const highlight of highlights) if (highlight) items.push(highlightItem(highlight));
  for (const note of notes) if (note) items.push(noteItem(note));
  return { items, titleStarts };
}
