/**
 * A saved web page as a document. The page is parsed with linkedom's DOMParser (which runs no
 * scripts, loads nothing and works in a Worker), Mozilla's Readability finds the article, and only
 * the article's text nodes are read, as blocks. Nothing from the page is ever inserted as HTML, no
 * attribute is ever read from the article, and direction comes from the text, never the markup.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { BlockKind } from '../corpus/corpus-types';
import { buildDocument, headingLevelOf, textBlock, type TextBlock } from './build-document';
import type { ParsedDocument } from './import-types';
import { readHttpUrl, readIsoDate, readNames, readTags, readText } from './metadata-values';

/** The little of the DOM this module reads: node types, names, text and children. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Code, media, embedded documents and form controls: none of their text is prose.
// <head> and a stray <title> are metadata.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD', 'TITLE']);
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
 * The blocks under a node, in reading order. A paragraph inside a quote or a list item takes that
 * kind; a heading is a heading wherever it is.
 */
function collectBlocks(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const kinds: BlockKind[] = ['paragraph'];
  // The level of the heading being read (h2 → 2), kept so the outline nests.
  const levels: (number | undefined)[] = [undefined];
  let buffer = '';
  const current = (): BlockKind => kinds[kinds.length - 1] ?? 'paragraph';
  const flush = () => {
    blocks.push(textBlock(current(), collapse(buffer), levels.at(-1)));
    buffer = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) buffer += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') buffer += LINE_BREAK;
    if (!BLOCK_ELEMENTS.has(name)) {
      Array.from(node.childNodes).forEach(visit);
      return;
    }
    flush();
    kinds.push(KIND_OF[name] ?? (current() === 'heading' ? 'paragraph' : current()));
    levels.push(headingLevelOf(name) ?? levels.at(-1));
    // Preformatted text keeps its spacing: it is pushed as written, not collapsed.
    if (name === 'PRE') blocks.push({ kind: current(), text: rawText(node).replace(/^\n+|\s+$/g, '') });
    else Array.from(node.childNodes).forEach(visit);
    flush();
    kinds.pop();
    levels.pop();
  };
  visit(root);
  flush();
  return blocks.filter((block) => block.text !== '');
}

type HtmlDocument = ReturnType<DOMParser['parseFromString']>;

/** A page as a document with an <html> element, even when the file is a bare fragment. */
function parsePage(html: string): HtmlDocument {
  const page = new DOMParser().parseFromString(html, 'text/html');
  if (page.documentElement?.nodeName.toUpperCase() === 'HTML') return page;
  // Browsers build <html> and <body> around a fragment; linkedom does not, and Readability needs them.
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
}

function blocksOf(page: HtmlDocument): TextBlock[] {
  return page.documentElement ? collectBlocks(page.documentElement as unknown as DomNode) : [];
}

function metaContent(page: HtmlDocument, name: string): string[] {
  const metas: ArrayLike<{ getAttribute(name: string): string | null }> = page.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`);
  return Array.from(metas, (meta) => meta.getAttribute('content') ?? '');
}

/** The article as Readability finds it, or null when it finds none (or fails on the page). */
function readArticle(page: HtmlDocument): ReturnType<Readability['parse']> {
  try {
    return new Readability(page as unknown as Document).parse();
  } catch {
    return null;
  }
}

const TITLE_SEPARATOR = /\s+[|\-–—:»«•·]\s+/;

/**
 * The page's headline. A page title is often the headline cut short or with the site's name
 * added ("تحركات أميركية في ليبيا | العرب"), or only the site's name; when the article opens with
 * a heading and the title is one of those, the heading is the headline. It is then marked
 * 'title', so the reader does not show it twice.
 */
function chooseHeadline(blocks: TextBlock[], stated: string | null, siteName: string | null): string | null {
  const first = blocks[0];
  if (first === undefined || first.kind !== 'heading') return stated;
  const parts = stated?.split(TITLE_SEPARATOR) ?? [];
  const isVersionOfHeading = stated !== null && (stated.startsWith(first.text) || first.text.startsWith(parts[0] ?? stated));
  const isSiteName = stated === null || (siteName !== null && parts.includes(siteName));
  if (!isVersionOfHeading && !isSiteName) return stated;
  blocks[0] = { kind: 'title', text: first.text };
  return first.text;
}

/**
 * Parses a decoded HTML page into a document: the article Readability finds, or else all the
 * text of the page's body; null when the page has no readable text at all. Headings become
 * 'heading', paragraphs and other block text 'paragraph', block quotes 'quote', list items
 * 'list-item', figure captions 'caption'.
 *
 * @param fileName the file's name; without its extension it is the title of last resort.
 * @param html the whole decoded page.
 */
export function parseHtmlDocument(fileName: string, html: string): ParsedDocument | null {
  const page = parsePage(html);
  // Taken before Readability, which rewrites the page it reads.
  const url = readHttpUrl(page.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? readHttpUrl(metaContent(page, 'og:url')[0]);
  const pageTitle = readText(page.querySelector('title')?.textContent);
  const publishedMeta = readIsoDate(metaContent(page, 'article:published_time')[0]);
  const tags = readTags(metaContent(page, 'article:tag'));

  const article = readArticle(page);
  let blocks = article?.content ? blocksOf(parsePage(article.content)) : [];
  // No article found: every block of text on the page, navigation and all, rather than nothing.
  if (blocks.length === 0) blocks = blocksOf(parsePage(html));
  if (blocks.length === 0) return null;

  const source = readText(article?.siteName);
  return buildDocument(fileName, blocks, {
    title: chooseHeadline(blocks, readText(article?.title) ?? pageTitle, source),
    byline: readNames(article?.byline),
    source,
    tags,
    publishedAt: readIsoDate(article?.publishedTime) ?? publishedMeta,
    url,
  });
}
