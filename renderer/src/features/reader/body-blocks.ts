import type { Block, BlockKind, CorpusDocument } from '../../core/corpus/corpus-types';

/** Kinds shown as the readable body of a document; metadata and boilerplate are shown elsewhere or hidden. */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'caption', 'quote', 'list-item']);

export interface IndexedBlock extends Block {
  /** Position in `document.blocks`, the unit reading positions are stored in. */
  index: number;
}

/** The blocks the reading view shows as body text, with their index in the document. */
export function bodyBlocks(document: CorpusDocument): IndexedBlock[] {
  return document.blocks.flatMap((block, index) => (BODY_KINDS.has(block.kind) ? [{ ...block, index }] : []));
}
