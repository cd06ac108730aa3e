import type { IndexedBlock } from './body-blocks';

/** A chunk of rendered text with its box, in the scroll container's viewport coordinates. */
export interface ChunkBox {
  start: number;
  end: number;
  top: number;
  bottom: number;
}

/**
 * The original-text offset at `viewTop`: inside the chunk box spanning it, in proportion to how far
 * down that box it is (chunks are short, so the error is a few lines). Above every box (the title)
 * it is the first box's start; null when no rendered box reaches that far (not drawn yet).
 */
export function offsetAtTop(boxes: readonly ChunkBox[], viewTop: number): number | null {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  const first = sorted[0];
  if (!first) return null;
  if (viewTop < first.top) return first.start;
  const box = sorted.find((b) => b.top <= viewTop && b.bottom > viewTop);
  if (!box) return null;
  const share = box.bottom > box.top ? (viewTop - box.top) / (box.bottom - box.top) : 0;
  return Math.round(box.start + share * (box.end - box.start));
}

/** The last heading starting at or before `offset` (headings in reading order); null before the first. */
export function sectionAt(headings: readonly IndexedBlock[], offset: number): IndexedBlock | null {
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (headings[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return headings[low - 1] ?? null;
}

/** How far through the body an offset is, in whole percent (0 at the first body character, 100 at the end). */
export function percentThrough(offset: number, bodyStart: number, bodyEnd: number): number {
  if (bodyEnd <= bodyStart) return 100;
  return Math.round(Math.min(1, Math.max(0, (offset - bodyStart) / (bodyEnd - bodyStart))) * 100);
}
