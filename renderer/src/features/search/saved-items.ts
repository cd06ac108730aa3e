/**
 * The highlight and note items a saved search index holds, as columns: one array per field and
 * every item's text (a highlight's quote, a note's text) joined into one string with the offsets
 * where each ends. Pure.
 *
 * IndexedDB clones a stored value field by field: 15,000 items as objects are 15,000 objects and
 * twice as many strings to rebuild on every start (the longest part of reading the saved row),
 * while one long string and a typed array are copied as blocks. Loading slices the texts back
 * out (a slice of a string is cheap) and builds the items in one pass.
 */
import { keyOfItem, kindOfKey, type HighlightItem, type NoteItem } from '../../core/search/research-items';
import type { SavedItemColumns } from '../../data/db';

export type SavedItem = HighlightItem | NoteItem;

const NO_TAGS: readonly string[] = Object.freeze([]);

/** The items as columns, in the order given. */
export function packSavedItems(items: Iterable<SavedItem>): SavedItemColumns {
  const keys: string[] = [];
  const docIds: string[] = [];
  const colors: string[] = [];
  const titles: string[] = [];
  const tags: [number, readonly string[]][] = [];
  const texts: string[] = [];
  for (const item of items) {
    const at = keys.length;
    keys.push(keyOfItem(item));
    if (item.kind === 'highlight') {
      docIds.push(item.docId);
      colors.push(item.color);
      titles.push('');
      if (item.tags.length > 0) tags.push([at, item.tags]);
      texts.push(item.quote);
    } else {
      docIds.push('');
      colors.push('');
      titles.push(item.title);
      texts.push(item.text);
    }
  }
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { keys, docIds, colors, titles, tags: JSON.stringify(tags), texts: texts.join(''), ends };
}

const isStrings = (value: unknown, length: number): value is string[] =>
  Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'string');

/** The `tags` column read back (item index → its tags), or null when it is not what `packSavedItems` writes. */
function readTags(json: unknown, count: number): Map<number, readonly string[]> | null {
  if (typeof json !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const tags = new Map<number, readonly string[]>();
  for (const entry of parsed) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [at, list] = entry as [unknown, unknown];
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= count || !Array.isArray(list) || !list.every((t) => typeof t === 'string')) return null;
    tags.set(at, list as string[]);
  }
  return tags;
}

/**
 * The items the columns hold, by key, or null when they are damaged (lengths that disagree,
 * text offsets out of order or past the texts, a key of another kind): the index is then rebuilt.
 */
export function unpackSavedItems(value: unknown): Map<string, SavedItem> | null {
  if (typeof value !== 'object' || value === null) return null;
  const columns = value as Partial<SavedItemColumns>;
  const { keys, docIds, colors, titles, texts, ends } = columns;
  if (!Array.isArray(keys)) return null;
  const count = keys.length;
  if (!isStrings(keys, count) || !isStrings(docIds, count) || !isStrings(colors, count) || !isStrings(titles, count)) return null;
  if (typeof texts !== 'string' || !(ends instanceof Uint32Array) || ends.length !== count) return null;
  const tags = readTags(columns.tags, count);
  if (!tags) return null;
  const items = new Map<string, SavedItem>();
  let start = 0;
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    const end = ends[i]!;
    if (end < start || end > texts.length) return null;
    const text = texts.slice(start, end);
    start = end;
    const id = key.slice(key.indexOf(':') + 1);
    const kind = kindOfKey(key);
    if (kind === 'highlight') items.set(key, { kind, highlightId: id, docId: docIds[i]!, quote: text, tags: tags.get(i) ?? NO_TAGS, color: colors[i]! });
    else if (kind === 'note') items.set(key, { kind, noteId: id, title: titles[i]!, text });
    else return null;
  }
  return start === texts.length ? items : null;
}
