/**
 * One XHTML section of a book (a spine item) as blocks of text. Parsed with linkedom's DOMParser
 * as HTML (which decodes HTML entities such as &nbsp; and runs nothing); only text nodes, element
 * names, `id`s and `epub:type` are read. Scripts, styles, forms and embedded objects are left
 * out, and no attribute of the book (a handler, a link, a style) is ever kept or applied.
 */
import { DOMParser } from 'linkedom';
import type { TextBlock } from './build-document';
import { collectBlocks, type DomNode } from './html-blocks';

export interface SectionBlocks {
  /** The section's blocks in reading order, none of them blank. */
  blocks: TextBlock[];
  /** Each `id` in the section, with the index (into `blocks`) of the first block at or after it. */
  anchors: Map<string, number>;
}

// Navigation lists repeat what the table of contents shows; page lists and landmarks are not text at all.
const NAVIGATION_TYPES = new Set(['toc', 'landmarks', 'page-list']);
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

function isNavigation(node: DomNode, name: string): boolean {
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
  const root = (page.querySelector('body') ?? page.documentElement) as unknown as DomNode | null;
  const anchors = new Map<string, number>();
  const blocks = root
    ? collectBlocks(root, {
        skip: isNavigation,
        onId: (id, index) => {
          if (!anchors.has(id)) anchors.set(id, index);
        },
      })
    : [];
  return { blocks, anchors };
}
