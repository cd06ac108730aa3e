/**
 * Reads serialized Lexical editor state as plain data: the link targets a note holds, its
 * plain text, and builders for the content of new notes. No Lexical import: the JSON is data.
 */
import { NOTE_LINK_TYPE, PASSAGE_LINK_TYPE, type SerializedPassageLink } from './note-types';

interface SerializedNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  noteId?: unknown;
  highlightId?: unknown;
  title?: unknown;
  quote?: unknown;
}

export interface NoteLinks {
  noteIds: string[];
  highlightIds: string[];
}

/** Top-level node types whose text ends with a line break in the plain text. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', PASSAGE_LINK_TYPE]);

function rootOf(content: string): SerializedNode | null {
  try {
    const parsed = JSON.parse(content) as { root?: SerializedNode } | null;
    return parsed && typeof parsed.root === 'object' ? parsed.root : null;
  } catch {
    return null;
  }
}

function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? (node.children as SerializedNode[]).filter((c) => typeof c === 'object' && c !== null) : [];
}

function walk(node: SerializedNode, visit: (node: SerializedNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) walk(child, visit);
}

/** The notes and highlights a note links to, each once, in order of first appearance. */
export function extractLinks(content: string): NoteLinks {
  const root = rootOf(content);
  const noteIds = new Set<string>();
  const highlightIds = new Set<string>();
  if (root) {
    walk(root, (node) => {
      if (node.type === NOTE_LINK_TYPE && typeof node.noteId === 'string') noteIds.add(node.noteId);
      if (node.type === PASSAGE_LINK_TYPE && typeof node.highlightId === 'string') highlightIds.add(node.highlightId);
    });
  }
  return { noteIds: [...noteIds], highlightIds: [...highlightIds] };
}

/** The current title of a note, or undefined when there is no such note (deleted). */
export type TitleOf = (noteId: string) => string | undefined;

const storedTitles: TitleOf = () => undefined;

function textOf(node: SerializedNode, titleOf: TitleOf): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === NOTE_LINK_TYPE) return linkText(node, titleOf);
  if (node.type === PASSAGE_LINK_TYPE) return typeof node.quote === 'string' ? `«${node.quote}»` : '';
  const children = childrenOf(node);
  return children.map((child, i) => textOf(child, titleOf) + (BLOCK_TYPES.has(String(child.type)) && i < children.length - 1 ? '\n' : '')).join('');
}

/** A note link reads as its target's current title; the title stored in the link only when the target is gone. */
function linkText(node: SerializedNode, titleOf: TitleOf): string {
  const current = typeof node.noteId === 'string' ? titleOf(node.noteId) : undefined;
  return current ?? (typeof node.title === 'string' ? node.title : '');
}

/**
 * The note's text without formatting: blocks on their own lines, passage links as their quotes,
 * note links as the linked notes' current titles (`titleOf`), or as stored in the link without it.
 */
export function plainTextOf(content: string, titleOf: TitleOf = storedTitles): string {
  const root = rootOf(content);
  return root ? textOf(root, titleOf) : '';
}

/**
 * `content` with the stored text of its links to `noteId` set to `title`, which they show once
 * that note is gone (the name it had last, not the one it had when linked). Content that cannot
 * be read, or has no such link, is returned as it is.
 */
export function retitleNoteLinks(content: string, noteId: string, title: string): string {
  let parsed: { root?: SerializedNode } | null;
  try {
    parsed = JSON.parse(content) as { root?: SerializedNode } | null;
  } catch {
    return content;
  }
  if (!parsed || typeof parsed.root !== 'object' || parsed.root === null) return content;
  let changed = false;
  walk(parsed.root, (node) => {
    if (node.type === NOTE_LINK_TYPE && node.noteId === noteId && node.title !== title) {
      node.title = title;
      changed = true;
    }
  });
  return changed ? JSON.stringify(parsed) : content;
}

/** A short title from the start of some text: whole words, at most `maxLength` characters. */
export function titleFromText(text: string, maxLength = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}

const EMPTY_PARAGRAPH = { type: 'paragraph', version: 1, children: [], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' };

function serializedState(children: object[]): string {
  return JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });
}

/** The content of a new note that starts with a link to a passage and an empty paragraph to write in. */
export function contentWithPassageLink(passage: Omit<SerializedPassageLink, 'type' | 'version'>): string {
  const link: SerializedPassageLink = { type: PASSAGE_LINK_TYPE, version: 1, ...passage };
  return serializedState([link, EMPTY_PARAGRAPH]);
}

/**
 * `content` with a link to a passage added at its end (and an empty paragraph after it to go on
 * writing). Content that cannot be read is left as it is.
 */
export function appendPassageLink(content: string, passage: Omit<SerializedPassageLink, 'type' | 'version'>): string {
  const parsed = (() => {
    try {
      return JSON.parse(content) as { root?: { children?: unknown } };
    } catch {
      return null;
    }
  })();
  const children = parsed?.root && Array.isArray(parsed.root.children) ? parsed.root.children : null;
  if (!parsed || !children) return content;
  const link: SerializedPassageLink = { type: PASSAGE_LINK_TYPE, version: 1, ...passage };
  return JSON.stringify({ ...parsed, root: { ...parsed.root, children: [...children, link, EMPTY_PARAGRAPH] } });
}

/** The content of an empty note. */
export function emptyContent(): string {
  return serializedState([EMPTY_PARAGRAPH]);
}

/** What a note row stores besides its content, derived from the content (note links read as `titleOf` says). */
export function derivedFields(content: string, titleOf: TitleOf = storedTitles): { plainText: string; linkedNoteIds: string[]; linkedHighlightIds: string[] } {
  const links = extractLinks(content);
  return { plainText: plainTextOf(content, titleOf), linkedNoteIds: links.noteIds, linkedHighlightIds: links.highlightIds };
}
