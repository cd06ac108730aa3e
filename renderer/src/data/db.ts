/**
 * The one Dexie database: the user's research lives here. Every schema change is a new
 * version with its upgrade beside it, and a test that upgrades data of the previous version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Highlight } from '../core/highlights/highlight-types';
import type { NoteRow } from '../core/notes/note-types';
import type { CollectionRow, DocumentBodyRow, LibraryDocumentRow, OriginalFileRow } from '../core/library/library-types';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface ReadingPosition {
  /** Index into the document's blocks of the first block in view. */
  blockIndex: number;
  /** How far (0..1) that block had scrolled past the top of the view. */
  offsetRatio: number;
}

/** What the user has done with one corpus document; the corpus itself is never written. */
export interface DocumentStateRow {
  docId: string;
  customTitle: string | null;
  position: ReadingPosition | null;
  openedAt: number | null;
}

/**
 * The saved search index (derived data, rebuilt whenever it is missing or out of date): the
 * index's JSON, the format it was written in and the fingerprint of the records it holds.
 */
export interface SearchIndexRow {
  key: string;
  formatVersion: number;
  fingerprint: string;
  json: string;
  /** The terms' postings, packed (format 4 on: `saveResearchIndex`); `json` says where each term's postings end. */
  postings?: Uint8Array;
  savedAt: number;
  /**
   * The records it holds (format 3 on): each item key with the version of its record (same
   * order), so a start after changes the index did not see re-indexes only those, and the
   * highlight and note items as indexed, so a start answers without reading those tables (format 7
   * on: as columns, `SavedItemColumns`, in the order of their keys; format 6: columns with keys of
   * their own; before: an array of item objects).
   */
  records?: {
    keys: string[];
    versions: string[];
    items: SavedItemColumns;
    /** What the highlights and notes tables held as far as the index knew when it was saved (format 7 on; features/search/table-marks.ts). */
    marks?: Record<'highlights' | 'notes', TableMark>;
  };
}

/** How many rows a table had and the latest `modifiedAt` among them (null: none had one). */
export interface TableMark {
  count: number;
  latest: number | null;
}

/** A column whose values repeat: each distinct value once, and each row's as its place among them. */
export interface SharedColumn<T> {
  values: T[];
  of: Uint32Array;
}

/**
 * Highlight and note items as a saved search index holds them (features/search/saved-items.ts), in
 * the order their keys have among the row's keys: every item's text (a quote, a note's text) joined
 * into `texts` with the offset where each ends in `ends`, the titles (a note's) likewise, and each
 * highlight's document, colour and tags as shared columns ('' and [] for a note).
 */
export interface SavedItemColumns {
  count: number;
  docIds: SharedColumn<string>;
  colors: SharedColumn<string>;
  tags: SharedColumn<string[]>;
  texts: string;
  ends: Uint32Array;
  titles: string;
  titleEnds: Uint32Array;
}

export type QiraaDb = Dexie & {
  settings: EntityTable<SettingRow, 'key'>;
  documentState: EntityTable<DocumentStateRow, 'docId'>;
  highlights: EntityTable<Highlight, 'id'>;
  notes: EntityTable<NoteRow, 'id'>;
  documents: EntityTable<LibraryDocumentRow, 'id'>;
  documentBodies: EntityTable<DocumentBodyRow, 'docId'>;
  originals: EntityTable<OriginalFileRow, 'docId'>;
  collections: EntityTable<CollectionRow, 'id'>;
  searchIndex: EntityTable<SearchIndexRow, 'key'>;
};

export const DB_NAME = 'qiraa';

/** Declares every version of the schema on a database instance (shared with the upgrade tests). */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    settings: '&key',
    documentState: '&docId',
  });
  // v2: highlights. Document state rows written by v1 builds may lack fields added since.
  db.version(2)
    .stores({
      highlights: '&id, docId, [docId+sortIndex], modifiedAt',
    })
    .upgrade((tx) => completeDocumentState(tx));
  // v3: notes. The multi-entry link indexes make backlinks one indexed query; `highlightId` and
  // `docId` are null for free notes, and IndexedDB leaves null out of those indexes. The upgrade
  // makes sure every highlight has a tags array, which the notes' exports and filters rely on.
  db.version(3)
    .stores({
      notes: '&id, highlightId, docId, modifiedAt, *linkedNoteIds, *linkedHighlightIds',
    })
    .upgrade((tx) => completeHighlights(tx));
  // v4: the user's own library. Metadata, derived body and original bytes live in three tables so
  // that listing thousands of documents reads only the small rows. The bundled corpus is never
  // stored. Nothing earlier changes shape, so there is nothing to upgrade.
  db.version(4).stores({
    documents: '&id, contentHash, fileName, url, addedAt, *collectionIds',
    documentBodies: '&docId',
    originals: '&docId',
    collections: '&id, name',
  });
  // v5: the saved search index, one row. It is derived from the tables above and never backed
  // up; an older database simply has none yet, so there is nothing to upgrade.
  db.version(5).stores({
    searchIndex: '&key',
  });
}

async function completeHighlights(tx: Transaction): Promise<void> {
  await tx
    .table<Highlight, string>('highlights')
    .toCollection()
    .modify((row) => {
      if (!Array.isArray(row.tags)) row.tags = [];
    });
}

async function completeDocumentState(tx: Transaction): Promise<void> {
  await tx
    .table<DocumentStateRow, string>('documentState')
    .toCollection()
    .modify((row) => {
      row.customTitle ??= null;
      row.position ??= null;
      row.openedAt ??= null;
    });
}

export function openDb(name = DB_NAME): QiraaDb {
  const db = new Dexie(name) as QiraaDb;
  declareSchema(db);
  return db;
}

export const db = openDb();
