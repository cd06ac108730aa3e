/**
 * A saved web page as a document. The page is parsed with linkedom's DOMParser (which runs no
 * scripts, loads nothing and works in a Worker), Mozilla's Readability finds the article, and only
 * the article's text nodes are read, as blocks. Nothing from the page is ever inserted as HTML, no
 * attribute is ever read from the article, and direction comes from the text, never the markup.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { buildDocument, type TextBlock } from './build-document';
import { dropBylineBlocks } from './drop-byline-blocks';
import { collectBlocks, type DomNode } from './html-blocks';
import type { ParsedDocument } from './import-types';
import { readHttpUrl, readIsoDate, readNames, readTags, readText } from './metadata-values';

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
  const articleBlocks = article?.content ? blocksOf(parsePage(article.content)) : [];
  // No article found: every block of text on the page, navigation and all, rather than nothing.
  let blocks = articleBlocks.length > 0 ? articleBlocks : blocksOf(parsePage(html));
  if (blocks.length === 0) return null;

  const source = readText(article?.siteName);
  const byline = readNames(article?.byline);
  // Only an article's blocks: without one, the page's own byline stays where it was.
  if (blocks === articleBlocks) blocks = dropBylineBlocks(blocks, byline);
  return buildDocument(fileName, blocks, {
    title: chooseHeadline(blocks, readText(article?.title) ?? pageTitle, source),
    byline,
    source,
    tags,
    publishedAt: readIsoDate(article?.publishedTime) ?? publishedMeta,
    url,
  });
}
