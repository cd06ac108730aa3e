/**
 * A long document is rendered in chunks, runs of a few thousand characters, and only the chunks
 * near the view are in the DOM. A block longer than a chunk is split between chunks (at the cuts
 * block-pieces makes anyway), so every chunk stays about the same size and the scrollbar, which is
 * estimated from measured chunks, stays proportional to the whole text.
 */
import { blockPieces, type TextPiece } from './block-pieces';
import type { IndexedBlock } from './body-blocks';

/** A block, or the part of a block that falls in one chunk. */
export interface ChunkPart {
  block: IndexedBlock;
  /** Consecutive pieces of the block's text (see block-pieces); one piece when the block is short. */
  pieces: TextPiece[];
  /** Whether this part holds the block's first / last character (a split block has parts without). */
  first: boolean;
  last: boolean;
}

export interface TextChunk {
  index: number;
  /** Offsets in the original text: the first character shown and the end of the last one. */
  start: number;
  end: number;
  parts: ChunkPart[];
}

/** Documents whose body is at most this long are rendered whole, in one chunk. */
export const WHOLE_DOCUMENT_CHARS = 50_000;
/** A chunk is closed once it holds at least this many characters. */
export const CHUNK_CHARS = 6_000;

/** Splits body blocks into chunks of about `chunkChars` characters; a short body is one chunk. */
export function textChunks(blocks: readonly IndexedBlock[], chunkChars = CHUNK_CHARS, wholeLimit = WHOLE_DOCUMENT_CHARS): TextChunk[] {
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const limit = total <= wholeLimit ? Infinity : chunkChars;
  const chunks: TextChunk[] = [];
  let parts: ChunkPart[] = [];
  let size = 0;
  const close = () => {
    if (parts.length === 0) return;
    const lastPart = parts.at(-1)!;
    const lastPiece = lastPart.pieces.at(-1)!;
    chunks.push({ index: chunks.length, start: parts[0]!.pieces[0]!.start, end: lastPiece.start + lastPiece.text.length, parts });
    parts = [];
    size = 0;
  };
  for (const block of blocks) {
    const pieces = blockPieces(block.text, block.start);
    let from = 0;
    for (let i = 0; i < pieces.length; i++) {
      size += pieces[i]!.text.length;
      if (size < limit && i < pieces.length - 1) continue;
      parts.push({ block, pieces: pieces.slice(from, i + 1), first: from === 0, last: i === pieces.length - 1 });
      from = i + 1;
      if (size >= limit) close();
    }
  }
  close();
  return chunks;
}

/** The index of the chunk holding `offset` (the nearest one when it falls between chunks); binary search. */
export function chunkIndexAt(chunks: readonly TextChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (chunks[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** Average advance of a character of Arabic body text in the reader's face, in em (measured on Noto Naskh Arabic). */
const CHAR_WIDTH_EM = 0.46;

/**
 * About how tall a chunk of `chars` characters is laid out at a text width of `width` pixels:
 * what the virtualiser assumes for the chunks it has not measured yet, so the scrollbar is about
 * right for the whole book from the first frame.
 */
export function estimatedChunkHeight(chars: number, width: number, fontSize: number, lineHeight: number): number {
  const perLine = Math.max(10, width / (CHAR_WIDTH_EM * fontSize));
  return Math.ceil(chars / perLine) * fontSize * lineHeight;
}
