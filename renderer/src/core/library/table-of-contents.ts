/**
 * A document's table of contents and where the reader is in it. Pure: the entries come from the
 * file's own navigation when it has one (an EPUB), else from the document's headings; offsets are
 * into the document's original text.
 */
import type { Block, TocEntry } from '../corpus/corpus-types';

export type { TocEntry };

/** A table of contents as stored: `[title, offset, level]` per entry. */
export type StoredTocEntry = [title: string, offset: number, level: number];

/**
 * How deep each heading sits in the document's outline: 1 for the highest level its headings use
 * (a Markdown file's `##` when `#` is its title), one more per level below that. A heading without
 * a level (rows stored before levels were kept, the bundled articles) is at depth 1.
 *
 * @param blocks the document's blocks, or any of them.
 * @returns the depth of a heading block of the same document.
 */
export function headingDepths(blocks: readonly Block[]): (heading: Block) => number {
  let top = Infinity;
  for (const block of blocks) if (block.kind === 'heading' && block.level !== undefined) top = Math.min(top, block.level);
  return (heading) => (heading.level === undefined || top === Infinity ? 1 : heading.level - top + 1);
}

/**
 * The entries to show for a document: its own navigation when it has any, else one entry per
 * heading, in reading order, nested by the headings' levels.
 *
 * @param document the document's blocks and, if its file gave one, its navigation.
 */
export function tableOfContents(document: { blocks: readonly Block[]; toc?: readonly TocEntry[] }): TocEntry[] {
  if (document.toc && document.toc.length > 0) return [...document.toc];
  const headings = document.blocks.filter((block) => block.kind === 'heading');
  const depth = headingDepths(headings);
  return headings.map((block) => ({ title: block.text, offset: block.start, level: depth(block) }));
}

/**
 * The entry whose section holds `offset`: the entry starting nearest before it (the later one of
 * two starting at the same place); -1 before the first entry, or with none. A book's navigation
 * may list entries out of reading order, so every entry is looked at.
 *
 * @param entries the table of contents.
 * @param offset a position in the document's text.
 */
export function currentEntryIndex(entries: readonly TocEntry[], offset: number): number {
  let found = -1;
  entries.forEach((entry, index) => {
    if (entry.offset <= offset && (found === -1 || entry.offset >= entries[found]!.offset)) found = index;
  });
  return found;
}

/**
 * The offset in the text a reading position (a block and how far into it) stands for.
 *
 * @param blocks the document's blocks (positions index into them).
 * @param position the stored reading position.
 */
export function offsetOfPosition(blocks: readonly Block[], position: { blockIndex: number; offsetRatio: number }): number {
  const block = blocks[Math.min(Math.max(0, position.blockIndex), blocks.length - 1)];
  if (!block) return 0;
  const ratio = Math.min(1, Math.max(0, position.offsetRatio));
  return block.start + Math.floor(ratio * (block.end - block.start));
}

/** The entries as stored in a document's body row. */
export function toStoredToc(entries: readonly TocEntry[]): StoredTocEntry[] {
  return entries.map((entry) => [entry.title, entry.offset, entry.level]);
}

/**
 * The entries a stored body row holds; undefined for rows stored before tables of contents were
 * kept (or without one), and entries that do not fit the text are dropped.
 *
 * @param stored the row's `toc`, if any.
 * @param textLength the length of the row's text.
 */
export function fromStoredToc(stored: readonly StoredTocEntry[] | undefined, textLength: number): TocEntry[] | undefined {
  if (!Array.isArray(stored)) return undefined;
  return stored
    .filter(([title, offset, level]) => typeof title === 'string' && Number.isInteger(offset) && offset >= 0 && offset <= textLength && Number.isInteger(level) && level >= 1)
    .map(([title, offset, level]) => ({ title, offset, level }));
}
