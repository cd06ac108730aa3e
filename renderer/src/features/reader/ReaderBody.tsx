import { memo, type Ref } from 'react';
import type { IndexedBlock } from './body-blocks';

/**
 * Body blocks as real elements, each holding exactly one text node equal to the block's original
 * text, so DOM positions map straight back to offsets in the corpus text.
 */
export const ReaderBody = memo(function ReaderBody({ blocks, ref }: { blocks: IndexedBlock[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div data-testid="reader-body" className="reader-body" ref={ref}>
      {blocks.map((block) => {
        const common = { key: block.index, 'data-block-index': block.index, 'data-start': block.start };
        if (block.kind === 'heading') return <h2 {...common}>{block.text}</h2>;
        if (block.kind === 'caption')
          return (
            <p {...common} className="caption">
              {block.text}
            </p>
          );
        if (block.kind === 'quote')
          return (
            <blockquote {...common} className="quote">
              {block.text}
            </blockquote>
          );
        if (block.kind === 'list-item')
          return (
            <p {...common} className="list-item">
              {block.text}
            </p>
          );
        return <p {...common}>{block.text}</p>;
      })}
    </div>
  );
});
