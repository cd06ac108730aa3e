/**
 * A plain-text file as a document. Imported .txt files are read exactly like the bundled corpus:
 * one line is one block, and titles, bylines, credits, tags and site chrome are recognised the
 * same way, so an article reads the same whether it was bundled or imported.
 */
import { parseCorpusText } from '../corpus/parse-corpus';
import { fileStem } from './build-document';
import type { ParsedDocument } from './import-types';

/**
 * Parses a decoded .txt file (or pasted text). `text` is kept unchanged: every block is a slice
 * of it, and what lies between blocks is white space only. A file with no title line gets one
 * derived from its opening sentence or, when it has no article text at all, its file name.
 *
 * @param fileName the file's name; without its extension it is the title of last resort.
 * @param text the whole decoded file.
 */
export function parseTextDocument(fileName: string, text: string): ParsedDocument {
  // The corpus parser falls back to the id for a title, so the id it gets is the file's stem.
  const parsed = parseCorpusText(fileStem(fileName), fileName, text);
  return {
    text: parsed.text,
    title: parsed.title,
    titleDerived: parsed.titleDerived,
    blocks: parsed.blocks,
    wordCount: parsed.wordCount,
    source: parsed.source,
    byline: parsed.byline,
    tags: parsed.tags,
    relatedLinks: parsed.relatedLinks,
    publishedAt: null,
    url: null,
  };
}
