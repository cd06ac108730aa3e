/**
 * The blocks of text under a parsed HTML element, in reading order: shared by saved web pages
 * (parse-html.ts) and an EPUB's sections (epub-section.ts). Only node types, element names and
 * text are read (and `id`s, for a caller that asks for them); nothing is ever inserted as HTML.
 */
import type { BlockKind } from '../corpus/corpus-types';
import { headingLevelOf, textBlock, type TextBlock } from './build-document';

/** The little of the DOM this module reads: node types, names, text and children. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

/** What a caller adds to the walk. */
export interface BlockWalk {
  /** Leaves out an element (and all under it) besides code, media and form controls. */
  skip?: (node: DomNode, upperCaseName: string) => boolean;
  /** Told each element `id`, with the index of the first block at or after it. */
  onId?: (id: string, blockIndex: number) => void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Code, media, embedded documents and form controls: none of their text is prose (a <video>'s
// text is the fallback shown when it cannot play). <head> and a stray <title> are metadata.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE', 'AUDIO', 'VIDEO']);
// Elements that start a new block. Any other element (a, span, em…) is read as part of its block.
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const KIND_OF: Readonly<Record<string, BlockKind>> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  BLOCKQUOTE: 'quote', LI: 'list-item', FIGCAPTION: 'caption',
};
// A <br> is the one line break the markup means; every other run of white space is one space.
const LINE_BREAK = '\u2028';

function collapse(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A node's text as written (for <pre>), skipped elements left out. */
function rawText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName.toUpperCase())) return '';
  return Array.from(node.childNodes, rawText).join('');
}

/**
 * The blocks under `root`, none of them blank. Headings become 'heading' (with their level),
 * block quotes 'quote', list items 'list-item', figure captions 'caption', and everything else
 * with text 'paragraph'; a paragraph inside a quote or a list item takes that kind. Preformatted
 * text keeps its spacing.
 */
export function collectBlocks(root: DomNode, walk: BlockWalk = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const kinds: BlockKind[] = ['paragraph'];
  // The level of the heading being read (h2 → 2), kept so the outline nests.
  const levels: (number | undefined)[] = [undefined];
  let buffer = '';
  const current = (): BlockKind => kinds[kinds.length - 1] ?? 'paragraph';
  const push = (text: string) => {
    if (text !== '') blocks.push(textBlock(current(), text, levels.at(-1)));
  };
  const flush = () => {
    push(collapse(buffer));
    buffer = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) buffer += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || walk.skip?.(node, name)) return;
    if (name === 'BR') buffer += LINE_BREAK;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    // An id inside a paragraph still points at that paragraph: its text is not yet flushed.
    const id = walk.onId && node.getAttribute?.('id');
    if (id) walk.onId?.(id, blocks.length);
    if (!block) {
      Array.from(node.childNodes).forEach(visit);
      return;
    }
    kinds.push(KIND_OF[name] ?? (current() === 'heading' ? 'paragraph' : current()));
    levels.push(headingLevelOf(name) ?? levels.at(-1));
    if (name === 'PRE') push(rawText(node).replace(/^\n+|\s+$/g, ''));
    else Array.from(node.childNodes).forEach(visit);
    flush();
    kinds.pop();
    levels.pop();
  };
  visit(root);
  flush();
  return blocks;
}
