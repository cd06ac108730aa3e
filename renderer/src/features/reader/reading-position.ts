import type { ReadingPosition } from '../../data/db';

/** A body block's box in the scroll container's content coordinates. */
export interface BlockBox {
  index: number;
  top: number;
  height: number;
}

/**
 * The reading position for a scroll offset: the first block not yet scrolled past, and how far
 * into it the view starts. Stored per block rather than in pixels, so it survives a change of
 * font size, line height or window width.
 */
export function positionAt(scrollTop: number, boxes: BlockBox[]): ReadingPosition | null {
  const box = boxes.find((b) => b.top + b.height > scrollTop) ?? boxes[boxes.length - 1];
  if (!box) return null;
  const ratio = box.height > 0 ? (scrollTop - box.top) / box.height : 0;
  return { blockIndex: box.index, offsetRatio: Math.min(1, Math.max(0, ratio)) };
}

/** The scroll offset that shows a stored reading position, or 0 when its block is gone. */
export function scrollTopFor(position: ReadingPosition, boxes: BlockBox[]): number {
  const box = boxes.find((b) => b.index === position.blockIndex) ?? boxes.find((b) => b.index > position.blockIndex);
  if (!box) return 0;
  return box.top + (box.index === position.blockIndex ? position.offsetRatio * box.height : 0);
}
