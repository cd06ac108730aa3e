import { memo, type Ref } from 'react';
import type { IndexedBlock } from './body-blocks';
import { blockPieces } from './block-pieces';

/**
 * Body blocks as real elements, each carrying `data-block-index` (the unit reading positions are
 * stored in). A block's text is in one text node inside an element carrying `data-start`, its
 * offset in the corpus text, so DOM positions map straight back to offsets: the block element
 * itself, or for a very long block, one piece element per slice (see block-pieces).
 */
export const ReaderBody = memo(function ReaderBody({ blocks, ref }: { blocks: IndexedBlock[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div data-testid="reader-body" className="reader-body" ref={ref}>
      {blocks.map((block) => {
        const pieces = blockPieces(block.text, block.start);
        const common =
          pieces.length === 1
            ? { 'data-block-index': block.index, 'data-start': block.start, children: block.text }
            : {
                'data-block-index': block.index,
                children: pieces.map((piece) => (
                  <span key={piece.start} className="block-piece" data-start={piece.start}>
                    {piece.text}
                  </span>
                )),
              };
        if (block.kind === 'heading') return <h2 key={block.index} {...common} />;
        if (block.kind === 'caption') return <p key={block.index} {...common} className="caption" />;
        if (block.kind === 'quote') return <blockquote key={block.index} {...common} className="quote" />;
        if (block.kind === 'list-item') return <p key={block.index} {...common} className="list-item" />;
        return <p key={block.index} {...common} />;
      })}
    </div>
  );
});
