import type { ReadingPosition } from '../../data/db';

/**
 * A body block's box in the scroll container's content coordinates; a very long block rendered
 * in pieces has one box per piece, each with the share of the block's text it holds.
 */
export interface BlockBox {
  index: number;
  top: number;
  height: number;
  /** The part of the block this box shows, as fractions of its text; the whole block when absent. */
  from?: number;
  to?: number;
}

/**
 * The reading position for a scroll offset: the first block not yet scrolled past, and how far
 * into it the view starts. Stored per block rather than in pixels, so it survives a change of
 * font size, line height or window width. Inside a block in pieces, the ratio is counted in
 * text, piece by piece: a height ratio across a megabyte paragraph would move with any reflow.
 */
export function positionAt(scrollTop: number, boxes: BlockBox[]): ReadingPosition | null {
  const box = boxes.find((b) => b.top + b.height > scrollTop) ?? boxes[boxes.length - 1];
  if (!box) return null;
  const ratio = box.height > 0 ? Math.min(1, Math.max(0, (scrollTop - box.top) / box.height)) : 0;
  const { from = 0, to = 1 } = box;
  return { blockIndex: box.index, offsetRatio: from + ratio * (to - from) };
}

/** The scroll offset that shows a stored reading position, or 0 when its block is gone. */
export function scrollTopFor(position: ReadingPosition, boxes: BlockBox[]): number {
  const ratio = position.offsetRatio;
  const own = boxes.filter((b) => b.index === position.blockIndex);
  const box = own.find((b) => ratio < (b.to ?? 1)) ?? own.at(-1);
  if (!box) return boxes.find((b) => b.index > position.blockIndex)?.top ?? 0;
  const { from = 0, to = 1 } = box;
  const within = to > from ? Math.min(1, Math.max(0, (ratio - from) / (to - from))) : 0;
  return box.top + within * box.height;
}
