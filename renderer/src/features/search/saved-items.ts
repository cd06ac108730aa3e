/**
 * The highlight and note items a saved search index holds, as columns, pure. Their keys are not
 * among them: the saved row lists every key once (`SearchIndexRow.records`), and the items are
 * the highlights and notes among those keys, in the same order.
 *
 * IndexedDB clones a stored value field by field, and a start reads the row before it can answer:
 * 15,000 items as objects were 15,000 objects and several strings each to rebuild. So each
 * item's text (a highlight's quote, a note's text) and title are joined into one string with the
 * offsets where each ends, and the values that repeat (a highlight's document, colour and tags)
 * are stored once each, with each item's as its place among them. Loading slices the texts back
 * out (a slice of a string is cheap) and shares the repeated values between items.
 */
import type { HighlightItem, ItemKind, NoteItem } from '../../core/search/research-items';
import type { SavedItemColumns, SharedColumn } from '../../data/db';

export type SavedItem = HighlightItem | NoteItem;

/** The values of a column each kept once, in the order first met, and each row's place among them. */
function share<T>(values: readonly T[], keyOf: (value: T) => string): SharedColumn<T> {
  const places = new Map<string, number>();
  const distinct: T[] = [];
  const of = new Uint32Array(values.length);
  values.forEach((value, i) => {
    const key = keyOf(value);
    let place = places.get(key);
    if (place === undefined) {
      place = distinct.length;
      places.set(key, place);
      distinct.push(value);
    }
    of[i] = place;
  });
  return { values: distinct, of };
}

/** Strings joined into one, with where each ends. */
function join(texts: readonly string[]): { text: string; ends: Uint32Array } {
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { text: texts.join(''), ends };
}

/** The items as columns, in the order given (the order of their keys in the saved row). */
export function packSavedItems(items: readonly SavedItem[]): SavedItemColumns {
  const texts = join(items.map((item) => (item.kind === 'highlight' ? item.quote : item.text)));
  const titles = join(items.map((item) => (item.kind === 'note' ? item.title : '')));
  return {
    count: items.length,
    docIds: share(items.map((item) => (item.kind === 'highlight' ? item.docId : '')), String),
    colors: share(items.map((item) => (item.kind === 'highlight' ? item.color : '')), String),
    tags: share(items.map((item) => (item.kind === 'highlight' ? [...item.tags] : [])), (tags) => JSON.stringify(tags)),
    texts: texts.text,
    ends: texts.ends,
    titles: titles.text,
    titleEnds: titles.ends,
  };
}

/** Reads the saved items one by one, in order, each given its key (`openSavedItems`). */
export interface SavedItemsReader {
  /** How many items the columns hold. */
  count: number;
  /** Item `i`, made for `key` of `kind`; null when it cannot be one (a document's key). */
  item: (i: number, key: string, kind: ItemKind) => SavedItem | null;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Whether `value` is a shared column of `count` rows whose values pass `isValue`. */
function isShared<T>(value: unknown, count: number, isValue: (v: unknown) => v is T): value is SharedColumn<T> {
  if (typeof value !== 'object' || value === null) return false;
  const { values, of } = value as Partial<SharedColumn<T>>;
  if (!Array.isArray(values) || !values.every(isValue) || !(of instanceof Uint32Array) || of.length !== count) return false;
  for (let i = 0; i < count; i++) if (of[i]! >= values.length) return false;
  return true;
}

/** Whether `ends` are `count` offsets in order, the last at the end of `text` (all of it read). */
function areEnds(ends: unknown, count: number, text: unknown): ends is Uint32Array {
  if (typeof text !== 'string' || !(ends instanceof Uint32Array) || ends.length !== count) return false;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    if (ends[i]! < previous) return false;
    previous = ends[i]!;
  }
  return previous === text.length;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The columns opened for reading, or null when they are damaged (lengths that disagree, offsets
 * out of order or past the texts, a place past a column's values): the index is then rebuilt.
 */
export function openSavedItems(value: unknown): SavedItemsReader | null {
  if (typeof value !== 'object' || value === null) return null;
  const columns = value as Partial<SavedItemColumns>;
  const { count, texts, ends, titles, titleEnds } = columns;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  if (!areEnds(ends, count, texts) || !areEnds(titleEnds, count, titles)) return null;
  const { docIds, colors, tags } = columns;
  if (!isShared(docIds, count, isString) || !isShared(colors, count, isString) || !isShared(tags, count, isStrings)) return null;
  // Each list of tags is frozen: items share them.
  for (const list of tags.values) Object.freeze(list);
  const slice = (text: string, offsets: Uint32Array, i: number) => text.slice(i === 0 ? 0 : offsets[i - 1]!, offsets[i]!);
  return {
    count,
    item(i, key, kind) {
      const id = key.slice(kind.length + 1);
      if (kind === 'highlight') return { kind, highlightId: id, docId: docIds.values[docIds.of[i]!]!, quote: slice(texts!, ends, i), tags: tags.values[tags.of[i]!]!, color: colors.values[colors.of[i]!]! };
      if (kind === 'note') return { kind, noteId: id, title: slice(titles!, titleEnds, i), text: slice(texts!, ends, i) };
      return null;
    },
  };
}
