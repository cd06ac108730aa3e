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

function textOf(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === NOTE_LINK_TYPE) return typeof node.title === 'string' ? node.title : '';
  if (node.type === PASSAGE_LINK_TYPE) return typeof node.quote === 'string' ? `«${node.quote}»` : '';
  const children = childrenOf(node);
  return children.map((child, i) => textOf(child) + (BLOCK_TYPES.has(String(child.type)) && i < children.length - 1 ? '\n' : '')).join('');
}

/** The note's text without formatting: blocks on their own lines, links as their titles or quotes. */
export function plainTextOf(content: string): string {
  const root = rootOf(content);
  return root ? textOf(root) : '';
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

/** What a note row stores besides its content, derived from the content. */
export function derivedFields(content: string): { plainText: string; linkedNoteIds: string[]; linkedHighlightIds: string[] } {
  const links = extractLinks(content);
  return { plainText: plainTextOf(content), linkedNoteIds: links.noteIds, linkedHighlightIds: links.highlightIds };
}
