/**
 * Very long blocks are rendered as several text nodes of bounded length: a one-paragraph document
 * of a megabyte was one huge text node, which Chromium was measured laying out for seconds. Each
 * piece is a slice of the block's text with its own offset, so no character is lost or moved and
 * offsets stay offsets into the original text.
 */

export interface TextPiece {
  /** Offset of the piece's first character in the document's original text. */
  start: number;
  text: string;
}

/** Blocks up to this long are rendered whole; longer ones in pieces of at most this many characters. */
export const MAX_PIECE_LENGTH = 4000;

/** Where to cut `text` at or before `limit`: after the last white space more than `min` past `from`, else at a character boundary. */
function cutBefore(text: string, from: number, limit: number, min: number): number {
  for (let at = limit; at > from + min; at--) {
    if (/\s/.test(text[at - 1]!)) return at;
  }
  // No space (a run of letters or digits): cut anywhere that does not split a character from its
  // marks (Arabic vowel signs) or a surrogate pair.
  let at = limit;
  while (at > from + 1 && /[\p{M}\uDC00-\uDFFF\u200C\u200D]/u.test(text[at]!)) at--;
  return at;
}

/**
 * The pieces to render a block's `text` in, the block starting at `start` in the original text:
 * the whole text when it is at most `maxLength` long, else consecutive slices of at most
 * `maxLength` characters, each cut after a white space where there is one.
 */
export function blockPieces(text: string, start: number, maxLength = MAX_PIECE_LENGTH): TextPiece[] {
  if (text.length <= maxLength) return [{ start, text }];
  // A piece is cut at a space no earlier than halfway, so pieces stay about the same size.
  const min = Math.floor(maxLength / 2);
  const pieces: TextPiece[] = [];
  let from = 0;
  while (text.length - from > maxLength) {
    const to = cutBefore(text, from, from + maxLength, min);
    pieces.push({ start: start + from, text: text.slice(from, to) });
    from = to;
  }
  pieces.push({ start: start + from, text: text.slice(from) });
  return pieces;
}
