/**
 * What a selection in the reader stands for in the document's original text. A long document has
 * most of its text out of the DOM, so copying reads the original text between the selection's
 * offsets instead of what happens to be drawn. Pure: offsets in, text out.
 */

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The original text between two offsets, in either order, clamped to the text: exactly what a
 * selection from one to the other covers, line breaks and all.
 *
 * @param text the document's original text.
 * @param span the selection's offsets into it.
 */
export function textOfSpan(text: string, span: TextSpan): string {
  const start = Math.max(0, Math.min(span.start, span.end, text.length));
  const end = Math.min(text.length, Math.max(span.start, span.end, 0));
  return text.slice(start, end);
}

/**
 * The whole document as a selection to highlight: [0, length) without the white space at either
 * end (a highlight never starts or ends on a space); null for a text of white space only.
 *
 * @param text the document's original text.
 */
export function wholeTextSpan(text: string): TextSpan | null {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
