/**
 * One ranked index over the whole research: documents, highlights and notes (see
 * `research-items.ts`), built on MiniSearch (BM25, incremental updates, no eval) with our own
 * Arabic tokeniser plugged in, because its default tokeniser splits words on diacritics.
 *
 * Each text is indexed twice: its normalised words in `title` / `text` (exact matches, and
 * fuzzy ones) and their light stems in `titleStem` / `textStem`. Keeping stems in fields of
 * their own lets a query weigh them lower, and keeps a fuzzy lookup from landing on a stem
 * (stems also carry `STEM_MARK`, see there).
 * `search-research.ts` builds the queries; this module owns the index and its updates.
 *
 * The index also keeps the items themselves (excerpts and phrase checks need the original
 * text). What is saved holds only MiniSearch's part: the items are stored data already, so a
 * caller loads it back together with the items it has. The postings are persisted packed, all
 * terms in one byte array, and unpacked when a query first reads them (`packed-postings.ts`): loading
 * does not rebuild millions of map entries, most of which a session never reads.
 *
 * A loaded index can hold documents without their text (`lazyKeys`): a start answers from the
 * postings at once and reads a document's text only when a query needs it (see `ResearchIndex.lazy`).
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { stemArabic } from './arabic-stemmer';
import { itemFields, keyOfItem, type DocumentItem, type ResearchItem } from './research-items';
import { normalizedTerms } from './tokenize-arabic';
import { ByteWriter, PackedTermData, writeTermData, type TermData } from './packed-postings';

/**
 * Bump when tokenising, stemming or the fields change, or what is saved with the index: a
 * persisted index of another version is rebuilt. 3: the saved row holds the highlight and note
 * items (the worker's start reads no highlight or note table). 4: the postings are one byte array
 * beside the JSON (`SavedResearchIndex`), not a string per term inside it. 5: the documents' ids and
 * field lengths as arrays, not MiniSearch's objects keyed by number. 6: the saved highlight and
 * note items as columns, their texts in one string (`features/search/saved-items.ts`). 7: those
 * columns without keys of their own, in the order of the row's keys, repeated values stored once,
 * and the marks of the highlights and notes tables (`features/search/table-marks.ts`).
 */
export const RESEARCH_INDEX_VERSION = 7;

export const EXACT_FIELDS = ['title', 'text', 'tags'] as const;
/**
 * Stems are indexed with this mark in front. MiniSearch reports a hit's matched terms in one
 * object keyed by term, where a stem equal to a word would overwrite the word's entry; the mark
 * keeps them apart. Words never contain it (they are letters, digits and marks only).
 */
export const STEM_MARK = '~';
export const markStem = (stem: string): string => STEM_MARK + stem;
export const STEM_FIELDS = ['titleStem', 'textStem'] as const;
const FIELDS = [...EXACT_FIELDS, ...STEM_FIELDS];
type FieldName = (typeof FIELDS)[number];

/** The index: MiniSearch's inverted index plus the items it was built from, by key. */
export interface ResearchIndex {
  readonly miniSearch: MiniSearch<ResearchItem>;
  readonly items: Map<string, ResearchItem>;
  /** Normalised field texts, filled lazily for phrase checks (dropped when an item changes). */
  readonly normalized: Map<string, NormalizedFields>;
  /**
   * Keys of documents loaded without their text (`loadResearchIndex`'s `lazyKeys`): their
   * postings are there, and their item reads as an empty text until `fillItem` gives it.
   */
  readonly lazy: Set<string>;
  /**
   * Lazy keys whose text was read (an excerpt, a phrase check) since the caller last cleared
   * this: an answer that needed them is not final; the caller fills them and searches again.
   */
  readonly wanted: Set<string>;
}

export interface NormalizedFields {
  title: string;
  text: string;
  tags: string[];
}

function extractField(item: ResearchItem, field: string): string {
  if (field === 'key') return keyOfItem(item);
  const fields = itemFields(item);
  switch (field as FieldName) {
    case 'title':
    case 'titleStem':
      return fields.title;
    case 'text':
    case 'textStem':
      return fields.text;
    case 'tags':
      return fields.tags.join('\n');
  }
}

/**
 * MiniSearch tokenises each field on its own, and a text comes twice in a row (words, then
 * stems): the last text's words are kept so it is normalised once.
 */
function createTokenizer(): (text: string, field?: string) => string[] {
  let lastText: string | null = null;
  let lastTerms: string[] = [];
  return (text, field) => {
    if (text !== lastText) {
      lastText = text;
      lastTerms = normalizedTerms(text);
    }
    return field === 'titleStem' || field === 'textStem' ? lastTerms.map((term) => markStem(stemArabic(term))) : lastTerms;
  };
}

function miniSearchOptions(): Options<ResearchItem> {
  return {
    idField: 'key',
    fields: FIELDS,
    storeFields: [],
    extractField: (item, field) => extractField(item, field),
    tokenize: createTokenizer(),
    processTerm: (term) => term,
    // Queries arrive as words already normalised and stemmed by `search-research.ts`.
    searchOptions: { tokenize: (query) => [query], processTerm: (term) => term },
  };
}

/** Builds the index over all the given items. */
export function createResearchIndex(items: Iterable<ResearchItem> = []): ResearchIndex {
  const index: ResearchIndex = { miniSearch: new MiniSearch(miniSearchOptions()), items: new Map(), normalized: new Map(), lazy: new Set(), wanted: new Set() };
  for (const item of items) addItem(index, item);
  return index;
}

/** Adds one item; an item already in the index with the same kind and id is replaced. */
export function addItem(index: ResearchIndex, item: ResearchItem): void {
  const key = keyOfItem(item);
  if (index.items.has(key)) removeItem(index, key);
  index.miniSearch.add(item);
  index.items.set(key, item);
  index.lazy.delete(key);
  index.wanted.delete(key);
}

/** Removes the item with this key (`itemKey(kind, id)`); nothing happens when it is not there. */
export function removeItem(index: ResearchIndex, key: string): void {
  if (!index.items.has(key)) return;
  // `discard` needs no copy of the old text and cleans up in the background (auto vacuum).
  index.miniSearch.discard(key);
  index.items.delete(key);
  index.normalized.delete(key);
  index.lazy.delete(key);
  index.wanted.delete(key);
}

/**
 * Gives a lazy document its text: the record the index was built from, so nothing is indexed
 * again. Ignored when the key is no longer lazy (the item was replaced since by a newer version).
 */
export function fillItem(index: ResearchIndex, item: ResearchItem): void {
  const key = keyOfItem(item);
  if (!index.lazy.has(key)) return;
  index.items.set(key, item);
  index.lazy.delete(key);
  index.wanted.delete(key);
  index.normalized.delete(key);
}

/**
 * A stand-in for a document whose text is not read yet: the search code reads items' texts
 * (excerpts, phrase checks) without knowing of laziness, so reading this one's notes it as wanted.
 */
function lazyDocument(index: ResearchIndex, key: string, item: DocumentItem): DocumentItem {
  return {
    kind: 'document',
    docId: item.docId,
    title: item.title,
    get text() {
      index.wanted.add(key);
      return '';
    },
  };
}

/** Replaces an item by a new version of itself (an edited note, a re-tagged highlight). */
export function replaceItem(index: ResearchIndex, item: ResearchItem): void {
  addItem(index, item);
}

/** The normalised texts of an item's fields, computed once and kept until it changes. */
export function normalizedFieldsOf(index: ResearchIndex, key: string): NormalizedFields | null {
  const cached = index.normalized.get(key);
  if (cached) return cached;
  const item = index.items.get(key);
  if (!item) return null;
  const fields = itemFields(item);
  // A lazy document's empty text is not its text: computed again once it is filled.
  const complete = !index.lazy.has(key);
  const normalized = {
    title: normalizeArabic(fields.title).text,
    text: normalizeArabic(fields.text).text,
    tags: fields.tags.map((tag) => normalizedTerms(tag).join(' ')),
  };
  if (complete) index.normalized.set(key, normalized);
  return normalized;
}

/**
 * MiniSearch's private parts that a save reads and a load fills: the term index (a radix tree of
 * term → field → document → frequency), persisted packed, and the documents' ids and field
 * lengths, persisted as arrays (MiniSearch's JSON writes them as objects keyed by number, which
 * take longer to parse and turn back into maps); everything else goes through MiniSearch's own
 * (de)serialisation. Pinned by the round-trip tests.
 */
interface TermIndex {
  _index: SearchableMap<TermData>;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, (number | null)[]>;
}

interface PersistedIndex {
  version: number;
  /** MiniSearch's own JSON without its term index, document ids and field lengths (empty). */
  miniSearch: AsPlainObject;
  /** Each document's short id, its id, and its field lengths, in the same order. */
  shortIds: number[];
  ids: string[];
  fieldLengths: (number | null)[][];
  terms: string[];
  /** Where each term's packed postings end in `SavedResearchIndex.postings`, in the order of `terms`. */
  ends: number[];
}

/**
 * The index as saved: MiniSearch's part and the terms as JSON (small), and every term's
 * postings packed one after the other in one byte array (`packed-postings.ts`), which
 * IndexedDB stores and reads back as one block.
 */
export interface SavedResearchIndex {
  json: string;
  postings: Uint8Array;
}

/** The index as saved (without the items: see the module comment). */
export function saveResearchIndex(index: ResearchIndex): SavedResearchIndex {
  const internal = index.miniSearch as unknown as TermIndex;
  const termIndex = internal._index;
  let miniSearch: AsPlainObject;
  internal._index = new SearchableMap();
  try {
    miniSearch = { ...index.miniSearch.toJSON(), documentIds: {}, fieldLength: {} };
  } finally {
    internal._index = termIndex;
  }
  const shortIds = [...internal._documentIds.keys()];
  const ids = [...internal._documentIds.values()];
  const fieldLengths = shortIds.map((shortId) => internal._fieldLength.get(shortId) ?? []);
  const terms: string[] = [];
  const ends: number[] = [];
  const out = new ByteWriter();
  for (const [term, data] of termIndex) {
    terms.push(term);
    const packed = data instanceof PackedTermData ? data.packed : null;
    if (packed) out.append(packed);
    else writeTermData(out, data);
    ends.push(out.length);
  }
  const persisted: PersistedIndex = { version: RESEARCH_INDEX_VERSION, miniSearch, shortIds, ids, fieldLengths, terms, ends };
  return { json: JSON.stringify(persisted), postings: out.bytes() };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Whether `ends` are offsets into `length` bytes, each at or after the one before, the last at the end. */
function areEnds(value: unknown, count: number, length: number): value is number[] {
  if (!Array.isArray(value) || value.length !== count) return false;
  let previous = 0;
  for (const end of value) {
    if (typeof end !== 'number' || !Number.isInteger(end) || end < previous) return false;
    previous = end;
  }
  return previous === length;
}

/**
 * Loads a saved index together with the items it was built from. Throws when it is damaged,
 * of another version, or does not hold exactly these items: the caller then rebuilds with
 * `createResearchIndex(items)`. Documents whose keys are in `lazyKeys` are loaded without
 * their text (any text given is left out), to be filled with `fillItem` when a query wants it.
 * Items given as a map by key become the index's own (not copied; their keys not made again).
 */
export function loadResearchIndex(saved: SavedResearchIndex, items: Iterable<ResearchItem> | Map<string, ResearchItem>, lazyKeys: ReadonlySet<string> = new Set()): ResearchIndex {
  const parsed = JSON.parse(saved.json) as Partial<PersistedIndex> | null;
  if (parsed?.version !== RESEARCH_INDEX_VERSION || typeof parsed.miniSearch !== 'object' || parsed.miniSearch === null) {
    throw new Error(`persisted search index is not version ${RESEARCH_INDEX_VERSION}`);
  }
  const { terms, ends, shortIds, ids, fieldLengths } = parsed;
  const postings = saved.postings;
  if (!(postings instanceof Uint8Array) || !isStringArray(terms) || !areEnds(ends, terms.length, postings.length)) {
    throw new Error('persisted search index has no readable terms');
  }
  if (!isStringArray(ids) || !Array.isArray(shortIds) || !Array.isArray(fieldLengths) || shortIds.length !== ids.length || fieldLengths.length !== ids.length) {
    throw new Error('persisted search index has no readable documents');
  }
  const miniSearch = MiniSearch.loadJS({ ...parsed.miniSearch, documentIds: {}, fieldLength: {}, index: [] }, miniSearchOptions());
  const internal = miniSearch as unknown as TermIndex;
  for (let i = 0; i < ids.length; i++) {
    const shortId = shortIds[i];
    const lengths = fieldLengths[i];
    if (typeof shortId !== 'number' || !Array.isArray(lengths)) throw new Error('persisted search index has no readable documents');
    internal._documentIds.set(shortId, ids[i]!);
    internal._idToShortId.set(ids[i]!, shortId);
    internal._fieldLength.set(shortId, lengths);
  }
  const termIndex = internal._index;
  let start = 0;
  for (let i = 0; i < terms.length; i++) {
    const end = ends[i]!;
    termIndex.set(terms[i]!, new PackedTermData(postings.subarray(start, end)));
    start = end;
  }
  const byKey = items instanceof Map ? items : new Map([...items].map((item) => [keyOfItem(item), item] as const));
  const index: ResearchIndex = { miniSearch, items: byKey, normalized: new Map(), lazy: new Set(), wanted: new Set() };
  for (const key of lazyKeys) {
    const item = byKey.get(key);
    if (item?.kind !== 'document') continue;
    byKey.set(key, lazyDocument(index, key, item));
    index.lazy.add(key);
  }
  if (miniSearch.documentCount !== byKey.size) throw new Error('persisted search index does not match the stored items');
  for (const key of byKey.keys()) if (!miniSearch.has(key)) throw new Error('persisted search index does not match the stored items');
  return index;
}
