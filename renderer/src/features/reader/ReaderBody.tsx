import { createElement, memo, useEffect, useState, type ReactNode, type Ref, type RefObject } from 'react';
import { Virtualizer, type VirtualizerHandle } from 'virtua';
import { headingElement } from './body-blocks';
import type { ChunkPart, TextChunk } from './text-chunks';
import { CARET_ATTRIBUTE } from './use-caret-browsing';

interface ReaderBodyProps {
  chunks: TextChunk[];
  scrollRef: RefObject<HTMLElement | null>;
  handleRef: Ref<VirtualizerHandle>;
  /** Height of what the scroll container shows above the body (padding, title). */
  startMargin: number;
  /** The height assumed for chunks not measured yet (see estimatedChunkHeight); 0 until the body's width is known. */
  itemSize: number;
  /** Changes when a reading setting reflows the text: the chunks are estimated and measured afresh. */
  layoutKey: string;
  /** Drawn over each rendered chunk, positioned against it (highlights). */
  chunkOverlay?: (chunk: TextChunk) => ReactNode;
  ref?: Ref<HTMLDivElement>;
}

// Text drawn beyond each edge of the view: scrolling by a screen or a key never meets a blank.
const BUFFER_PX = 1200;

/**
 * Body blocks as real elements, each carrying `data-block-index` (the unit reading positions are
 * stored in). A block's text is in one text node inside an element carrying `data-start`, its
 * offset in the corpus text, so DOM positions map straight back to offsets: the block element
 * itself, or for a very long block, one piece element per slice (see block-pieces).
 *
 * The blocks are grouped in chunks (see text-chunks) and only the chunks near the view are in the
 * DOM (virtua measures them and keeps the scroll position when one above the view changes size).
 * The chunks holding the user's selection stay mounted, so a selection dragged far keeps its start.
 */
export const ReaderBody = memo(function ReaderBody({ chunks, scrollRef, handleRef, startMargin, itemSize, layoutKey, chunkOverlay, ref }: ReaderBodyProps) {
  const selected = useSelectedChunks(chunks.length);
  return (
    <div data-testid="reader-body" className="reader-body" ref={ref}>
      {itemSize > 0 && (
      <Virtualizer key={layoutKey} ref={handleRef} data={chunks} scrollRef={scrollRef} startMargin={startMargin} itemSize={itemSize} bufferSize={BUFFER_PX} keepMounted={selected}>
        {(chunk) => (
          <div key={chunk.index} className="reader-chunk" data-chunk={chunk.index} data-chunk-start={chunk.start} data-chunk-end={chunk.end}>
            {chunk.parts.map((part) => (
              <BlockPart key={part.pieces[0]!.start} part={part} />
            ))}
            {chunkOverlay?.(chunk)}
          </div>
        )}
      </Virtualizer>
      )}
    </div>
  );
});

const NO_CHUNKS: number[] = [];

/**
 * The chunks holding the ends of the current selection, in order; with caret browsing on (F7),
 * also the caret's chunk and the chunks either side of it, so the caret always has text to move
 * into and survives scrolling away.
 */
function useSelectedChunks(count: number): number[] {
  const [chunks, setChunks] = useState<number[]>(NO_CHUNKS);
  useEffect(() => {
    const chunkOf = (node: Node | null | undefined) => {
      const element = node instanceof Element ? node : node?.parentElement;
      const chunk = element?.closest<HTMLElement>('[data-chunk]')?.dataset['chunk'];
      return chunk === undefined ? null : Number(chunk);
    };
    const onSelectionChange = () => {
      const selection = document.getSelection();
      const ends = selection && !selection.isCollapsed ? [chunkOf(selection.anchorNode), chunkOf(selection.focusNode)] : [];
      const caret = selection && caretBrowsing(selection.focusNode) ? chunkOf(selection.focusNode) : null;
      if (caret !== null) ends.push(caret, caret + 1, Math.max(0, caret - 1));
      const next = [...new Set(ends.filter((c): c is number => c !== null && c < count))].sort((a, b) => a - b);
      setChunks((previous) => (previous.join() === next.join() ? previous : next.length === 0 ? NO_CHUNKS : next));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [count]);
  return chunks;
}

function caretBrowsing(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return element?.closest(`[${CARET_ATTRIBUTE}]`) != null;
}

/**
 * A block, or its part in this chunk. A block split between chunks is continued without the space
 * between paragraphs, so it still reads as one paragraph.
 */
const BlockPart = memo(function BlockPart({ part }: { part: ChunkPart }) {
  const { block, pieces } = part;
  const whole = part.first && part.last && pieces.length === 1;
  const split = `${part.first ? '' : ' block-continued'}${part.last ? '' : ' block-continues'}`;
  const common = whole
    ? { 'data-block-index': block.index, 'data-start': block.start, children: block.text }
    : {
        'data-block-index': block.index,
        children: pieces.map((piece) => (
          <span key={piece.start} className="block-piece" data-start={piece.start}>
            {piece.text}
          </span>
        )),
      };
  if (block.kind === 'heading') return createElement(headingElement(block.depth), { ...common, className: split || undefined });
  if (block.kind === 'caption') return <p {...common} className={`caption${split}`} />;
  if (block.kind === 'quote') return <blockquote {...common} className={`quote${split}`} />;
  if (block.kind === 'list-item') return <p {...common} className={`list-item${split}`} />;
  return <p {...common} className={split || undefined} />;
});
