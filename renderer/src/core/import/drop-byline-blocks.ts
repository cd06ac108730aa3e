/**
 * A saved page's byline, left out of its text. Readability gives the byline ("بقلم: مراسلنا")
 * as metadata, but when it comes from an author link inside a paragraph (`<p>بقلم: <a
 * rel="author">…</a></p>`) or from the page's <meta name="author"> it leaves the words in the
 * article, and they would open the document's text. Matched by text alone, never by the
 * article's attributes: only blocks at the top of the article (after its headline) that are
 * the byline, the byline with a "by" word, or that word alone.
 */
import type { TextBlock } from './build-document';

/** "By", "بقلم", "كتب"… with an optional colon, at the start of a byline. */
const BY_WORD = /^(?:بقلم|كتبه?|كتبت|إعداد|by|written by)\s*[:：]?\s*/iu;
/** A byline block is short; a paragraph that merely starts with "كتب" is not one. */
const MAX_BYLINE_LENGTH = 120;
/** How many blocks after the headline may repeat the byline (the words, then the name). */
const MAX_DROPPED = 2;

function comparable(text: string): string {
  return text.replace(/[\s\u200f\u200e]+/gu, ' ').replace(/^[\s\-–—|:،,.]+|[\s\-–—|:،,.]+$/gu, '').toLowerCase();
}

function repeatsByline(text: string, byline: string): boolean {
  if (text.length > MAX_BYLINE_LENGTH) return false;
  const name = comparable(byline).replace(BY_WORD, '');
  const said = comparable(text);
  const rest = said.replace(BY_WORD, '');
  return rest === '' ? said !== '' : rest === name || said === name;
}

/**
 * The blocks without those at the article's top that only repeat `byline`; the same array
 * when there are none (or no byline).
 *
 * @param blocks the article's blocks, headline first when it has one.
 * @param byline the byline Readability found, or null.
 */
export function dropBylineBlocks(blocks: TextBlock[], byline: string | null): TextBlock[] {
  if (byline === null || comparable(byline) === '') return blocks;
  const headline = blocks[0]?.kind;
  const first = headline === 'title' || headline === 'heading' ? 1 : 0;
  let end = first;
  while (end < first + MAX_DROPPED && end < blocks.length && blocks[end]?.kind === 'paragraph' && repeatsByline(blocks[end]?.text ?? '', byline)) end += 1;
  if (end === first || end === blocks.length) return blocks;
  return [...blocks.slice(0, first), ...blocks.slice(end)];
}
