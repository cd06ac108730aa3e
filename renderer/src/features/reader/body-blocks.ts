import type { Block, BlockKind, CorpusDocument } from '../../core/corpus/corpus-types';
import { headingDepths } from '../../core/library/table-of-contents';

/** Kinds shown as the readable body of a document; metadata and boilerplate are shown elsewhere or hidden. */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'caption', 'quote', 'list-item']);

export interface IndexedBlock extends Block {
  /** Position in `document.blocks`, the unit reading positions are stored in. */
  index: number;
  /** A heading's depth in the document's outline, 1 for the top level (see headingDepths). */
  depth?: number;
}

/** The blocks the reading view shows as body text, with their index in the document. */
export function bodyBlocks(document: CorpusDocument): IndexedBlock[] {
  const depth = headingDepths(document.blocks);
  return document.blocks.flatMap((block, index) => {
    if (!BODY_KINDS.has(block.kind)) return [];
    return [block.kind === 'heading' ? { ...block, index, depth: depth(block) } : { ...block, index }];
  });
}

/** The element a heading at `depth` is drawn as: the title is the page's h1, so the top level is h2, and h4 the deepest. */
export function headingElement(depth: number | undefined): 'h2' | 'h3' | 'h4' {
  return depth === undefined || depth <= 1 ? 'h2' : depth === 2 ? 'h3' : 'h4';
}
