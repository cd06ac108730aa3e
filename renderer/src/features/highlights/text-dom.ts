/**
 * The DOM adapter between the reader's body and offsets in the document's original text.
 * Every element carrying `data-start` holds exactly one text node equal to that much of the
 * original text: a whole body block, or one piece of a very long block (see block-pieces). No
 * text is ever wrapped, split or rewritten to draw highlights.
 */
import type { Box } from './line-boxes';

export interface TextRange {
  start: number;
  end: number;
}

export interface BlockNode {
  element: HTMLElement;
  text: Text;
  start: number;
  end: number;
}

/** The body's text nodes with their offsets, in document order: blocks, or pieces of long blocks. */
export function blockNodes(body: HTMLElement): BlockNode[] {
  return [...body.querySelectorAll<HTMLElement>('[data-start]')].flatMap((element) => {
    const text = element.firstChild;
    if (!(text instanceof Text)) return [];
    const start = Number(element.dataset['start']);
    return [{ element, text, start, end: start + text.data.length }];
  });
}

/** Where a selection boundary falls in the original text, clamped to the body's blocks. */
export function boundaryOffset(blocks: BlockNode[], node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const point = document.createRange();
  point.setStart(node, offset);
  for (const block of blocks) {
    if (block.element.contains(node)) {
      if (node === block.text) return block.start + offset;
      return offset === 0 && node === block.element ? block.start : block.end;
    }
  }
  // The boundary is between blocks or outside the body: snap to the nearest block edge inward.
  if (edge === 'start') {
    const next = blocks.find((b) => point.comparePoint(b.text, 0) >= 0);
    return next ? next.start : null;
  }
  const previous = blocks.findLast((b) => point.comparePoint(b.text, b.text.data.length) <= 0);
  return previous ? previous.end : null;
}

/**
 * The original-text range of the current selection inside the body, trimmed of surrounding
 * whitespace; null when nothing highlightable is selected.
 */
export function selectedRange(body: HTMLElement, selection: Selection | null, text: string): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const blocks = blockNodes(body);
  let start = boundaryOffset(blocks, range.startContainer, range.startOffset, 'start');
  let end = boundaryOffset(blocks, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** Binary search: long documents have thousands of blocks and a highlight touches a few. */
function firstBlockEndingAfter(blocks: BlockNode[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One DOM range per block the text range touches (whole-element ranges would paint margins). */
export function domRanges(blocks: BlockNode[], range: TextRange): Range[] {
  const ranges: Range[] = [];
  for (let i = firstBlockEndingAfter(blocks, range.start); i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.start >= range.end) break;
    const r = document.createRange();
    r.setStart(block.text, Math.max(range.start, block.start) - block.start);
    r.setEnd(block.text, Math.min(range.end, block.end) - block.start);
    ranges.push(r);
  }
  return ranges;
}

/** The client rects of a text range, relative to the overlay's origin. */
export function clientBoxes(blocks: BlockNode[], range: TextRange, origin: DOMRect): Box[] {
  return domRanges(blocks, range).flatMap((r) =>
    [...r.getClientRects()].map((rect) => ({
      left: rect.left - origin.left,
      top: rect.top - origin.top,
      width: rect.width,
      height: rect.height,
    })),
  );
}
