/**
 * The saved search index, to and from its row, pure: what the worker saves, and how a start turns
 * the row (with the little it read beside it, `StartRead`) back into an index it can answer from
 * at once, or the reason it must be built again.
 *
 * The row holds MiniSearch's part and the terms (`json`) with all their postings packed in one
 * byte array (`postings`, see `saveResearchIndex`), the fingerprint of the records indexed, and
 * those records in the index's order: the key and version of each, the highlight and note items
 * as indexed, and the marks of their tables (`table-marks.ts`: a start that finds them unchanged
 * reads none of their keys). Documents are not saved: the bundled ones come with the app, and
 * imported ones are loaded without their text (their bodies are megabytes), to be read when a
 * query needs one (`ResearchIndex.lazy`).
 */
import { fillItem, loadResearchIndex, removeItem, replaceItem, RESEARCH_INDEX_VERSION, saveResearchIndex, type ResearchIndex } from '../../core/search/research-index';
import type { LibraryDocumentRow } from '../../core/library/library-types';
import { itemKey, kindOfKey, type ResearchItem } from '../../core/search/research-items';
import type { SearchIndexRow } from '../../data/db';
import { idOf, type StartRead } from './index-records';
import { bundledVersion, documentSource, placeholderItem, titledVersion, type SourceDocument } from './research-sources';
import type { CustomTitles } from './custom-titles';
import { openSavedItems, packSavedItems, type SavedItem } from './saved-items';
import { markOf } from './table-marks';
import type { RebuildReason } from './search-messages';

export interface LoadedIndex {
  index: ResearchIndex;
  /** The version of every record in the index, by item key. */
  versions: Map<string, string>;
  /** Where each bundled document's title line starts (see `documentSource`). */
  titleStarts: Map<string, number | null>;
}

type SavedRecords = NonNullable<SearchIndexRow['records']>;

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * The fingerprint of the saved records: the format and how many records there are, written beside
 * them and checked at load. IndexedDB stores the row whole or not at all, and only this code
 * writes it, so records cut or changed would be damage, which the shape checks meet; a hash of
 * every key and version (as written before) took a start 10–20 ms in the browser to check again.
 */
const recordsFingerprint = (keys: readonly string[]): string => `${RESEARCH_INDEX_VERSION}:${keys.length}`;

/**
 * The version a saved record has when the index holds an item its versions do not (none should):
 * no record has it, so the next start's catch-up indexes that record again.
 */
const UNKNOWN_VERSION = '';

/** The row to save for this index and the versions of its records. */
export function savedIndexRow(index: ResearchIndex, versions: ReadonlyMap<string, string>, savedAt: number): Omit<SearchIndexRow, 'key'> {
  // Every key in the index's order, its highlights and notes in the same order (`openSavedIndex` reads them side by side).
  const keys: string[] = [];
  const savedVersions: string[] = [];
  const saved: SavedItem[] = [];
  const highlightVersions: string[] = [];
  const noteVersions: string[] = [];
  for (const [key, item] of index.items) {
    const version = versions.get(key) ?? UNKNOWN_VERSION;
    keys.push(key);
    savedVersions.push(version);
    if (item.kind === 'document') continue;
    saved.push(item);
    (item.kind === 'highlight' ? highlightVersions : noteVersions).push(version);
  }
  const marks = { highlights: markOf(highlightVersions), notes: markOf(noteVersions) };
  const records: SavedRecords = { keys, versions: savedVersions, items: packSavedItems(saved), marks };
  const { json, postings } = saveResearchIndex(index);
  return {
    formatVersion: RESEARCH_INDEX_VERSION,
    fingerprint: recordsFingerprint(records.keys),
    json,
    postings,
    savedAt,
    records,
  };
}

/** Whether the saved records' keys and versions have the shape this code writes (the items are checked as they are read). */
function isSavedRecords(value: unknown): value is SavedRecords {
  if (typeof value !== 'object' || value === null) return false;
  const { keys, versions } = value as Partial<SavedRecords>;
  return isStrings(keys) && isStrings(versions) && keys.length === versions.length;
}

/** Whether a record is stored, by the keys a start read (null: its table is as saved, see `StartRead`). */
const isStored = (ids: ReadonlySet<string> | null, id: string): boolean => ids === null || ids.has(id);

/** A saved index opened before the app sent its bundled corpus (`openSavedIndex`). */
export interface OpenedIndex extends LoadedIndex {
  /**
   * Documents that are not imported ones: bundled (placed by `placeBundled`, which knows the
   * corpus) or deleted since the save. Loaded as lazy stand-ins until then.
   */
  unplaced: Set<string>;
  /** The titles the user gave documents when the start read them. */
  customTitles: CustomTitles;
}

/**
 * The saved index, as far as it can be opened from what a start reads (`StartRead`), before the
 * app has sent its bundled corpus: records deleted since it was saved are left out (their keys
 * are gone from the tables), imported documents are lazy (read when a query needs their text),
 * and the other documents wait for `placeBundled`. Records added or edited since are not known
 * here: the caller catches up on them from the versions, in the background.
 */
export function openSavedIndex(start: StartRead): OpenedIndex | RebuildReason {
  const saved = start.saved;
  if (!saved) return 'none-saved';
  if (saved.formatVersion !== RESEARCH_INDEX_VERSION) return 'outdated';
  const records = saved.records;
  if (!isSavedRecords(records)) return 'damaged';
  if (recordsFingerprint(records.keys) !== saved.fingerprint) return 'outdated';
  const savedItems = openSavedItems(records.items);
  if (!savedItems || !saved.postings) return 'damaged';

  const rows = new Map<string, LibraryDocumentRow>();
  for (const row of start.documents) rows.set(row.id, row);
  // One pass over the keys, in plain loops: this is most of what a start does before it can answer.
  const versions = new Map<string, string>();
  const items = new Map<string, ResearchItem>();
  const lazyKeys = new Set<string>();
  const unplaced = new Set<string>();
  /** Highlights and notes deleted since the save (their keys are gone from the tables). */
  const gone: string[] = [];
  let next = 0;
  for (let i = 0; i < records.keys.length; i++) {
    const key = records.keys[i]!;
    versions.set(key, records.versions[i]!);
    const kind = kindOfKey(key);
    if (kind === 'document') {
      const id = idOf(key);
      const row = rows.get(id);
      items.set(key, row ? { kind, docId: id, title: start.customTitles.get(id) ?? row.title, text: '' } : placeholderItem(key));
      lazyKeys.add(key);
      if (!row) unplaced.add(key);
      continue;
    }
    if (next >= savedItems.count) return 'damaged';
    const item = savedItems.item(next++, key, kind);
    if (!item) return 'damaged';
    items.set(key, item);
    if (!(item.kind === 'highlight' ? isStored(start.highlightIds, item.highlightId) : isStored(start.noteIds, item.noteId))) gone.push(key);
  }
  if (next !== savedItems.count) return 'damaged';
  let index: ResearchIndex;
  try {
    index = loadResearchIndex({ json: saved.json, postings: saved.postings }, items, lazyKeys);
  } catch {
    return 'damaged';
  }
  for (const key of gone) {
    removeItem(index, key);
    versions.delete(key);
  }
  return { index, versions, titleStarts: new Map(), unplaced, customTitles: start.customTitles };
}

/**
 * The opened index ready to answer with the bundled corpus as the app has it now: a bundled
 * document saved as it is gets its text (nothing indexed again), one that differs is indexed
 * again, a new one added, and a saved document neither bundled nor imported (deleted) removed.
 */
export function placeBundled(opened: OpenedIndex, bundled: ReadonlyMap<string, SourceDocument>): LoadedIndex & { indexedAgain: boolean } {
  const { index, versions, titleStarts } = opened;
  /** Whether the index differs from the saved one now (worth saving again). */
  let indexedAgain = false;
  for (const key of opened.unplaced) {
    if (bundled.has(idOf(key))) continue;
    removeItem(index, key);
    versions.delete(key);
    indexedAgain = true;
  }
  for (const doc of bundled.values()) {
    const key = itemKey('document', doc.id);
    const customTitle = opened.customTitles.get(doc.id) ?? null;
    const version = titledVersion(bundledVersion(doc), customTitle);
    const source = documentSource(doc, customTitle);
    titleStarts.set(doc.id, source.titleStart);
    if (versions.get(key) === version && opened.unplaced.has(key)) fillItem(index, source.item);
    else if (versions.get(key) !== version) {
      replaceItem(index, source.item);
      versions.set(key, version);
      indexedAgain = true;
    }
  }
  opened.unplaced.clear();
  return { index, versions, titleStarts, indexedAgain };
}

/** The saved index opened and its bundled documents placed at once (`openSavedIndex`, `placeBundled`). */
export function loadSavedIndex(start: StartRead, bundled: ReadonlyMap<string, SourceDocument>): LoadedIndex | RebuildReason {
  const opened = openSavedIndex(start);
  return typeof opened === 'string' ? opened : placeBundled(opened, bundled);
}
