/**
 * Stored records turned into the items the research index holds (`core/search/research-items`),
 * and the version of each record that says when its item must be indexed again. Pure: rows in,
 * items out; the search worker reads the rows.
 */
import type { BlockKind } from '../../core/corpus/corpus-types';
import { ARTICLE_TEXT_KINDS } from '../../core/corpus/parse-corpus';
import type { Highlight } from '../../core/highlights/highlight-types';
import type { NoteRow } from '../../core/notes/note-types';
import { kindOfKey, type DocumentItem, type HighlightItem, type NoteItem, type ResearchItem } from '../../core/search/research-items';

/** A document as the worker receives or reads it: blocks as `[kind, start, end]` into `text` (a heading's level may follow). */
export interface SourceDocument {
  id: string;
  title: string;
  text: string;
  blocks: readonly (readonly [BlockKind, number, number, number?])[];
}

export interface DocumentSource {
  item: DocumentItem;
  /** Where the title line starts in the original text, when the title is that line as written. */
  titleStart: number | null;
}

/**
 * A document's item. Its `text` has the original's length, so every hit offset is an offset into
 * the original; only the body (headings, paragraphs, captions…) is kept, the rest (bylines, tags,
 * site chrome, and the title line, which is indexed as the title) is blanked out with newlines.
 *
 * A document the user renamed (`customTitle`) is indexed under the title they see, and its title
 * line (the parsed title) is kept in its text: the old title still finds it, ranked as body text,
 * with offsets that select that line in the reader. Its title has no place in the text then
 * (`titleStart` null).
 */
export function documentSource(doc: SourceDocument, customTitle: string | null = null): DocumentSource {
  const parts: string[] = [];
  let at = 0;
  let titleStart: number | null = null;
  for (const [kind, start, end] of doc.blocks) {
    if (start < at || end > doc.text.length) continue; // overlapping or out of range: leave blank
    if (kind === 'title' && titleStart === null && customTitle === null && doc.text.slice(start, end) === doc.title) titleStart = start;
    const kept = ARTICLE_TEXT_KINDS.has(kind) && (kind !== 'title' || customTitle !== null);
    if (!kept) continue;
    parts.push('\n'.repeat(start - at), doc.text.slice(start, end));
    at = end;
  }
  parts.push('\n'.repeat(doc.text.length - at));
  return { item: { kind: 'document', docId: doc.id, title: customTitle ?? doc.title, text: parts.join('') }, titleStart };
}

export function highlightItem(highlight: Highlight): HighlightItem {
  return {
    kind: 'highlight',
    highlightId: highlight.id,
    docId: highlight.docId,
    quote: highlight.selectors.quote.exact,
    tags: Array.isArray(highlight.tags) ? highlight.tags : [],
    color: highlight.color,
  };
}

/** A note's item: its title and the plain text derived from its Lexical content when it was saved. */
export function noteItem(note: NoteRow): NoteItem {
  return { kind: 'note', noteId: note.id, title: note.title, text: note.plainText ?? '' };
}

/**
 * An empty stand-in for a record deleted since a saved index was written: loading the index needs
 * an item for every key it holds, and the stand-in is removed straight after.
 */
export function placeholderItem(key: string): ResearchItem {
  const id = key.slice(key.indexOf(':') + 1);
  switch (kindOfKey(key)) {
    case 'document':
      return { kind: 'document', docId: id, title: '', text: '' };
    case 'highlight':
      return { kind: 'highlight', highlightId: id, docId: '', quote: '', tags: [], color: '' };
    case 'note':
      return { kind: 'note', noteId: id, title: '', text: '' };
  }
}

/**
 * A fast 53-bit string hash (cyrb53, public domain). Not cryptographic: it only tells whether a
 * saved index was built from the same records.
 */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The version of a bundled document: its text and title (the corpus changes only with the app). */
export const bundledVersion = (doc: SourceDocument): string => `b:${hashString(doc.text)}:${hashString(doc.title)}`;

/** The version of an imported document: a replacement changes the hash, a rename the title. */
export const importedVersion = (row: { contentHash: string; title: string; derivedVersion: number }): string =>
  `i:${row.contentHash}:${row.derivedVersion}:${hashString(row.title)}`;

/**
 * A document's version with the user's title for it (a rename is stored apart from the document,
 * `documentState.customTitle`): renaming changes the version, so the document is indexed again,
 * also at a start after a rename the saved index did not see. Unchanged without one, so indexes
 * saved before stay valid.
 */
export const titledVersion = (version: string, customTitle: string | null | undefined): string =>
  customTitle ? `${version}:t:${hashString(customTitle)}` : version;

/** What changed between two versions maps: keys to (re)index and keys to drop. */
export function versionChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): { changed: string[]; removed: string[] } {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [key, version] of after) if (before.get(key) !== version) changed.push(key);
  for (const key of before.keys()) if (!after.has(key)) removed.push(key);
  return { changed, removed };
}
