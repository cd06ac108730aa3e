/**
 * Builds a document from the blocks a markup parser found. Markdown and HTML both end here, so
 * the text, the offsets, the title and the word count are made one way for every markup format.
 */
import type { Block, BlockKind } from '../corpus/corpus-types';
import { ARTICLE_TEXT_KINDS, countWords, deriveTitle } from '../corpus/parse-corpus';
import type { ParsedDocument } from './import-types';

/** One block as a parser found it, before it has a place in the document's text. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
  /** A heading's level (1 to 6, as `<h1>`…`<h6>` or `#`…`######`). */
  level?: number;
}

/** What a markup file says about itself; any field may be missing. */
export interface StatedMetadata {
  title: string | null;
  byline: string | null;
  source: string | null;
  tags: string[];
  publishedAt: string | null;
  url: string | null;
}

/**
 * The level of a heading element (`H2` → 2), or undefined for any other element.
 *
 * @param elementName an element's name, in any case.
 */
export function headingLevelOf(elementName: string): number | undefined {
  const match = /^h([1-6])$/i.exec(elementName);
  return match ? Number(match[1]) : undefined;
}

/** A block of `kind` with `text`, carrying `level` when it is a heading that has one. */
export function textBlock(kind: BlockKind, text: string, level: number | undefined): TextBlock {
  return kind === 'heading' && level !== undefined ? { kind, text, level } : { kind, text };
}

// A blank line between blocks: the text reads as paragraphs when copied or exported.
const BLOCK_SEPARATOR = '\n\n';

/**
 * The name a file would have without its extension: "مقال.نهائي.md" becomes "مقال.نهائي".
 *
 * @param fileName a file name, possibly with folders before it.
 */
export function fileStem(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  // ".md" alone is a name, not an extension.
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Joins blocks into one text, a blank line apart, and gives each block its exact offsets into it.
 * Blocks are trimmed, and blocks with no text left are dropped, so every block is non-empty and
 * `text.slice(start, end)` is the block's text.
 *
 * @param parts the blocks in reading order.
 */
export function assembleText(parts: readonly TextBlock[]): { text: string; blocks: Block[]; wordCount: number } {
  const blocks: Block[] = [];
  let text = '';
  for (const part of parts) {
    const trimmed = part.text.trim();
    if (trimmed === '') continue;
    if (text !== '') text += BLOCK_SEPARATOR;
    const block: Block = { kind: part.kind, start: text.length, end: text.length + trimmed.length, text: trimmed };
    if (part.level !== undefined) block.level = part.level;
    blocks.push(block);
    text += trimmed;
  }
  const wordCount = blocks.filter((block) => ARTICLE_TEXT_KINDS.has(block.kind)).reduce((sum, block) => sum + countWords(block.text), 0);
  return { text, blocks, wordCount };
}

/**
 * The title a file states, else one derived from its opening paragraph as the corpus does, else
 * the file's name without its extension.
 *
 * @param blocks the document's blocks.
 * @param stated the title the file gives, if any.
 * @param fileName the imported file's name.
 */
export function chooseTitle(blocks: readonly Block[], stated: string | null, fileName: string): { title: string; titleDerived: boolean } {
  if (stated !== null && stated.trim() !== '') return { title: stated.trim(), titleDerived: false };
  const opening = blocks.find((block) => block.kind === 'paragraph') ?? blocks.find((block) => ARTICLE_TEXT_KINDS.has(block.kind));
  return { title: opening ? deriveTitle(opening.text) : fileStem(fileName), titleDerived: true };
}

/**
 * A whole document from a markup file's blocks and the metadata it states.
 *
 * @param fileName the imported file's name, for a title of last resort.
 * @param parts the blocks in reading order; a 'title' block, if any, gives the title when the
 *   metadata does not.
 * @param metadata what the file says about itself.
 */
export function buildDocument(fileName: string, parts: readonly TextBlock[], metadata: StatedMetadata): ParsedDocument {
  const { text, blocks, wordCount } = assembleText(parts);
  const titleBlock = blocks.find((block) => block.kind === 'title');
  const { title, titleDerived } = chooseTitle(blocks, metadata.title ?? titleBlock?.text ?? null, fileName);
  return {
    text,
    title,
    titleDerived,
    blocks,
    wordCount,
    source: metadata.source,
    byline: metadata.byline,
    tags: metadata.tags,
    relatedLinks: [],
    publishedAt: metadata.publishedAt,
    url: metadata.url,
  };
}
