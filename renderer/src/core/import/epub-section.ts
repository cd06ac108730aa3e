/**
 * One XHTML section of a book (a spine item) as blocks of text. Parsed with linkedom's DOMParser
 * as HTML (which decodes HTML entities such as &nbsp; and runs nothing); only text nodes, element
 * names, `id`s and `epub:type` are read. Scripts, styles, forms and embedded objects are left
 * out, and no attribute of the book (a handler, a link, a style) is ever kept or applied.
 */
import { DOMParser } from 'linkedom';
import type { BlockKind } from '../corpus/corpus-types';
import { headingLevelOf, textBlock, type TextBlock } from './build-document';

interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?: (name: string) => string | null;
}

export interface SectionBlocks {
  /** The section's blocks in reading order, none of them blank. */
  blocks: TextBlock[];
  /** Each `id` in the section, with the index (into `blocks`) of the first block at or after it. */
  anchors: Map<string, number>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE', 'AUDIO', 'VIDEO']);
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const KIND_OF: Readonly<Record<string, BlockKind>> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  BLOCKQUOTE: 'quote', LI: 'list-item', FIGCAPTION: 'caption',
};
// Navigation lists repeat what the table of contents shows; page lists and landmarks are not text at all.
const NAVIGATION_TYPES = new Set(['toc', 'landmarks', 'page-list']);
const LINE_BREAK = '\u2028';
// XHTML closes an empty element with "/>", which an HTML parser ignores: `<script src="a.js"/>`
// or `<title/>` would swallow the rest of the section as script or title text. Such tags are
// written open-and-closed before parsing (void elements such as <br/> are left as they are).
const SELF_CLOSING = /<([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/>/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * XHTML as an HTML parser reads it the way an XML parser would: `<x/>` becomes `<x></x>`.
 *
 * @param xhtml a section's XHTML.
 */
export function closeEmptyElements(xhtml: string): string {
  return xhtml.replace(SELF_CLOSING, (tag, name: string, attributes: string) => (VOID_ELEMENTS.has(name.toLowerCase()) ? tag : `<${name}${attributes}></${name}>`));
}

function collapse(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function isNavigation(node: HtmlNode, name: string): boolean {
  if (name !== 'NAV') return false;
  const types = (node.getAttribute?.('epub:type') ?? '').split(/\s+/);
  return types.some((type) => NAVIGATION_TYPES.has(type));
}

/**
 * Reads one section's XHTML. Headings become 'heading', block quotes 'quote', list items
 * 'list-item', figure captions 'caption', and everything else with text (paragraphs, footnote
 * and endnote asides, table cells) 'paragraph'.
 *
 * @param xhtml the section's decoded XHTML.
 */
export function readSection(xhtml: string): SectionBlocks {
  const page = new DOMParser().parseFromString(closeEmptyElements(xhtml), 'text/html');
  const root = (page.querySelector('body') ?? page.documentElement) as unknown as HtmlNode | null;
  const blocks: TextBlock[] = [];
  const anchors = new Map<string, number>();
  const kinds: BlockKind[] = ['paragraph'];
  // The level of the heading being read (h2 → 2), kept so the outline nests.
  const levels: (number | undefined)[] = [undefined];
  let buffer = '';
  const current = (): BlockKind => kinds[kinds.length - 1] ?? 'paragraph';
  const flush = () => {
    const text = collapse(buffer);
    if (text !== '') blocks.push(textBlock(current(), text, levels.at(-1)));
    buffer = '';
  };
  const visit = (node: HtmlNode): void => {
    if (node.nodeType === TEXT_NODE) buffer += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || isNavigation(node, name)) return;
    if (name === 'BR') buffer += LINE_BREAK;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) flush();
    const id = node.getAttribute?.('id');
    // An id inside a paragraph still points at that paragraph: its text is not yet flushed.
    if (id && !anchors.has(id)) anchors.set(id, blocks.length);
    if (!block) {
      Array.from(node.childNodes).forEach(visit);
      return;
    }
    kinds.push(KIND_OF[name] ?? (current() === 'heading' ? 'paragraph' : current()));
    levels.push(headingLevelOf(name) ?? levels.at(-1));
    Array.from(node.childNodes).forEach(visit);
    flush();
    kinds.pop();
    levels.pop();
  };
  if (root) visit(root);
  flush();
  return { blocks, anchors };
}
