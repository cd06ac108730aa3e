/**
 * A saved web page as a document. The page is parsed with linkedom's DOMParser (which runs no
 * scripts and loads nothing, and works in a Worker), the article is found by Mozilla's
 * Readability, and only its text is kept, as blocks. Nothing from the page is ever inserted as
 * HTML; direction comes from the text, never from the markup.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { BlockKind } from '../corpus/corpus-types';
import { buildDocument, type TextBlock } from './build-document';
import type { ParsedDocument } from './import-types';
import { readHttpUrl, readIsoDate, readNames, readText } from './metadata-values';

const BLOCK_KINDS: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', BLOCKQUOTE: 'quote', LI: 'list-item', FIGCAPTION: 'caption', PRE: 'paragraph', TD: 'paragraph', DT: 'paragraph', DD: 'paragraph',
};
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA']);
const CONTAINERS = /^(DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|FIGURE|UL|OL|DL|TABLE|TBODY|THEAD|TR|BODY|HTML)$/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a node, scripts and styles left out, white space collapsed. */
function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || SKIPPED.has(node.nodeName.toUpperCase())) return '';
  if (node.nodeName.toUpperCase() === 'BR') return ' ';
  return Array.from(node.childNodes, textOf).join('');
}

/** Walks the article's elements in order, one block per paragraph-like element. */
function collectBlocks(node: DomNode, into: TextBlock[]): void {
  const name = node.nodeName.toUpperCase();
  if (node.nodeType !== 1 || SKIPPED.has(name)) return;
  const kind = BLOCK_KINDS[name];
  // A list item or quote holding paragraphs is read paragraph by paragraph, keeping its kind.
  const hasBlockChildren = Array.from(node.childNodes).some((child) => child.nodeType === 1 && (BLOCK_KINDS[child.nodeName.toUpperCase()] || CONTAINERS.test(child.nodeName.toUpperCase())));
  if (kind && !hasBlockChildren) {
    into.push({ kind, text: textOf(node).replace(/\s+/g, ' ') });
    return;
  }
  let loose = '';
  const flush = () => {
    if (loose.trim() !== '') into.push({ kind: kind ?? 'paragraph', text: loose.replace(/\s+/g, ' ') });
    loose = '';
  };
  for (const child of Array.from(node.childNodes)) {
    const childName = child.nodeName.toUpperCase();
    if (child.nodeType === 1 && (BLOCK_KINDS[childName] || CONTAINERS.test(childName))) {
      flush();
      const before = into.length;
      collectBlocks(child, into);
      if (kind) for (let i = before; i < into.length; i++) if (into[i]!.kind === 'paragraph') into[i] = { ...into[i]!, kind };
    } else loose += textOf(child);
  }
  flush();
}

type Doc = ReturnType<DOMParser['parseFromString']>;

function meta(document: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content');
    if (content && content.trim() !== '') return content.trim();
  }
  return null;
}

/**
 * Parses a decoded HTML page into a document, or returns null when it holds no readable text.
 *
 * @param fileName the file's name, the title of last resort.
 * @param html the whole decoded page.
 */
export function parseHtmlDocument(fileName: string, html: string): ParsedDocument | null {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = readHttpUrl(canonical) ?? readHttpUrl(meta(document, 'og:url'));
  const published = readIsoDate(meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate'));
  const pageTitle = document.querySelector('title')?.textContent ?? null;

  // Readability changes the document it reads; the metadata above was taken first.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const blocks: TextBlock[] = [];
  if (article?.content) {
    const content = new DOMParser().parseFromString(`<!doctype html><html><body>${article.content}</body></html>`, 'text/html');
    collectBlocks(content.body as unknown as DomNode, blocks);
  }
  if (blocks.every((b) => b.text.trim() === '')) {
    const fallback = new DOMParser().parseFromString(html, 'text/html');
    if (fallback.body) collectBlocks(fallback.body as unknown as DomNode, blocks);
  }
  if (blocks.every((b) => b.text.trim() === '')) return null;
  return buildDocument(fileName, blocks, {
    title: readText(article?.title ?? pageTitle),
    byline: readNames(article?.byline ?? null),
    source: readText(article?.siteName ?? null),
    tags: [],
    publishedAt: readIsoDate(article?.publishedTime ?? null) ?? published,
    url,
  });
}
