/**
 * The reader's selection as offsets into the original text, read from the DOM (see text-dom):
 * the ends of a selection are always drawn (ReaderBody keeps their chunks mounted), the text
 * between them often is not.
 */
import { blockNodes, boundaryOffset } from '../highlights/text-dom';
import type { TextSpan } from './selection-text';

/**
 * Whether the selection is the reader's "select all": the body's whole contents, so every chunk
 * drawn now or later shows selected (chunks come and go inside the body, its ends stay put).
 */
export function isWholeBody(body: HTMLElement, selection: Selection | null): boolean {
  if (!selection || selection.rangeCount === 0 || body.childNodes.length === 0) return false;
  const range = selection.getRangeAt(0);
  return range.startContainer === body && range.startOffset === 0 && range.endContainer === body && range.endOffset === body.childNodes.length;
}

/**
 * The original-text offsets between the selection's ends, white space included; null when it is
 * collapsed or an end lies outside the body.
 */
export function selectionSpan(body: HTMLElement, selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const blocks = blockNodes(body);
  const start = boundaryOffset(blocks, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(blocks, range.endContainer, range.endOffset, 'end');
  return start === null || end === null || end < start ? null : { start, end };
}
