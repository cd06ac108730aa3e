import { describe, expect, it } from 'vitest';
import type { IndexedBlock } from './body-blocks';
import { chunkIndexAt, estimatedChunkHeight, textChunks } from './text-chunks';

const SENTENCE = 'قال الباحث إن المخطوطة تعود إلى القرن الرابع الهجري وإنها نسخت في بغداد. ';

/** Blocks laid end to end in one text, separated by a newline, as the corpus parser gives them. */
function blocksOf(lengths: number[]): IndexedBlock[] {
  let start = 0;
  return lengths.map((length, index) => {
    const text = SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length).trimEnd();
    const block: IndexedBlock = { kind: index % 10 === 0 ? 'heading' : 'paragraph', text, start, end: start + text.length, index };
    start += text.length + 1;
    return block;
  });
}

/** Every character of every block, as the chunks would render it, in order. */
function rendered(chunks: ReturnType<typeof textChunks>): string[] {
  const byBlock = new Map<number, string>();
  for (const chunk of chunks) {
    for (const part of chunk.parts) byBlock.set(part.block.index, (byBlock.get(part.block.index) ?? '') + part.pieces.map((p) => p.text).join(''));
  }
  return [...byBlock.values()];
}

describe('textChunks', () => {
  it('keeps a short document whole, in one chunk', () => {
    const blocks = blocksOf([300, 800, 1200]);
    const chunks = textChunks(blocks);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.parts.map((p) => [p.block.index, p.first, p.last])).toEqual([
      [0, true, true],
      [1, true, true],
      [2, true, true],
    ]);
  });

  it('cuts a long document into chunks of about the same size, every character once and in order', () => {
    const blocks = blocksOf(Array.from({ length: 400 }, (_, i) => 200 + ((i * 397) % 900)));
    const chunks = textChunks(blocks, 6000, 50_000);
    expect(chunks.length).toBeGreaterThan(20);
    expect(rendered(chunks)).toEqual(blocks.map((b) => b.text));
    for (const chunk of chunks.slice(0, -1)) {
      const size = chunk.parts.reduce((sum, p) => sum + p.pieces.reduce((s, piece) => s + piece.text.length, 0), 0);
      expect(size).toBeGreaterThanOrEqual(6000);
      expect(size).toBeLessThan(6000 + 1200);
    }
    chunks.forEach((chunk, i) => {
      expect(chunk.index).toBe(i);
      if (i > 0) expect(chunk.start).toBeGreaterThanOrEqual(chunks[i - 1]!.end);
    });
  });

  it('splits a paragraph of a megabyte between chunks at its piece cuts, marking where the parts join', () => {
    const blocks = blocksOf([1_000_000]);
    const chunks = textChunks(blocks);
    expect(chunks.length).toBeGreaterThan(100);
    expect(rendered(chunks)).toEqual([blocks[0]!.text]);
    expect(chunks[0]!.parts[0]).toMatchObject({ first: true, last: false });
    expect(chunks[1]!.parts[0]).toMatchObject({ first: false, last: false });
    expect(chunks.at(-1)!.parts[0]).toMatchObject({ first: false, last: true });
    expect(chunks[1]!.start).toBe(chunks[0]!.end);
  });

  it('finds the chunk holding an offset, and the nearest one between chunks', () => {
    const blocks = blocksOf(Array.from({ length: 300 }, () => 700));
    const chunks = textChunks(blocks, 6000, 50_000);
    for (const chunk of chunks) {
      expect(chunkIndexAt(chunks, chunk.start)).toBe(chunk.index);
      expect(chunkIndexAt(chunks, chunk.end - 1)).toBe(chunk.index);
    }
    expect(chunkIndexAt(chunks, 0)).toBe(0);
    expect(chunkIndexAt(chunks, 10 ** 9)).toBe(chunks.length - 1);
  });
});

describe('estimatedChunkHeight', () => {
  it('grows with the text and the font, and shrinks with the width', () => {
    const base = estimatedChunkHeight(6000, 760, 20, 2);
    expect(base).toBeGreaterThan(2500);
    expect(base).toBeLessThan(4500);
    expect(estimatedChunkHeight(12_000, 760, 20, 2)).toBeGreaterThan(1.9 * base);
    expect(estimatedChunkHeight(6000, 380, 20, 2)).toBeGreaterThan(1.9 * base);
    expect(estimatedChunkHeight(6000, 760, 24, 2)).toBeGreaterThan(base);
  });
});
