/**
 * What the research search indexes: the three kinds of item a researcher keeps, as plain data,
 * and the searchable fields each one offers.
 *
 * Every kind is searched through the same three fields, so one query ranks them on one scale:
 * `title` (a document's or a note's title), `text` (a document's body, a highlight's quote, a
 * note's text) and `tags` (a highlight's tags). The wiring turns stored records into items:
 * a note's text comes from its stored Lexical content as plain text.
 */

export interface DocumentItem {
  kind: 'document';
  docId: string;
  title: string;
  /** The document's original text: hit offsets point into it. */
  text: string;
}

export interface HighlightItem {
  kind: 'highlight';
  highlightId: string;
  /** The document the highlight is in. */
  docId: string;
  /** The highlighted original text. */
  quote: string;
  tags: readonly string[];
  color: string;
}

export interface NoteItem {
  kind: 'note';
  noteId: string;
  title: string;
  /** The note's plain text. */
  text: string;
}

export type ResearchItem = DocumentItem | HighlightItem | NoteItem;
export type ItemKind = ResearchItem['kind'];

export const ITEM_KINDS: readonly ItemKind[] = ['document', 'highlight', 'note'];

/** The searchable fields every item offers (original strings). */
export interface ItemFields {
  title: string;
  text: string;
  tags: readonly string[];
}

/** Where in an item a hit is: its title, its text (a highlight's quote) or one of its tags. */
export type HitField = 'title' | 'text' | 'tag';

/** The item's own id: `docId`, `highlightId` or `noteId`. */
export function itemId(item: ResearchItem): string {
  switch (item.kind) {
    case 'document':
      return item.docId;
    case 'highlight':
      return item.highlightId;
    case 'note':
      return item.noteId;
  }
}

/** The id that is unique across kinds (ids of different kinds may coincide). */
export function itemKey(kind: ItemKind, id: string): string {
  return `${kind}:${id}`;
}

export const keyOfItem = (item: ResearchItem): string => itemKey(item.kind, itemId(item));

/**
 * The kind a key was made for. Read without cutting the key (no new string): it is asked for every
 * hit a query scores and every key a start reads.
 */
export function kindOfKey(key: string): ItemKind {
  if (key.startsWith('highlight:')) return 'highlight';
  if (key.startsWith('note:')) return 'note';
  if (key.startsWith('document:')) return 'document';
  return key.slice(0, key.indexOf(':')) as ItemKind; // not a key of ours: what it says, as before
}

export function itemFields(item: ResearchItem): ItemFields {
  switch (item.kind) {
    case 'document':
      return { title: item.title, text: item.text, tags: [] };
    case 'highlight':
      return { title: '', text: item.quote, tags: item.tags };
    case 'note':
      return { title: item.title, text: item.text, tags: [] };
  }
}

/**
 * How much a match counts by kind: the researcher's own highlights and notes are what they
 * chose to keep, so they outrank a passage of equal relevance in a document.
 */
export const KIND_BOOST: Readonly<Record<ItemKind, number>> = { document: 1, highlight: 1.5, note: 1.5 };
