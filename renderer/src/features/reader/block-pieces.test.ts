import { describe, expect, it } from 'vitest';
import { blockPieces, MAX_PIECE_LENGTH } from './block-pieces';

const SENTENCE = 'وقال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة، بحضور ممثلين عن جميع الأطراف. ';

/** The pieces put back together, each at its own offset. */
function expectWhole(text: string, start: number, maxLength: number) {
  const pieces = blockPieces(text, start, maxLength);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  let at = start;
  for (const piece of pieces) {
    expect(piece.start).toBe(at);
    expect(piece.text.length).toBeGreaterThan(0);
    expect(piece.text.length).toBeLessThanOrEqual(maxLength);
    at += piece.text.length;
  }
  return pieces;
}

describe('blockPieces', () => {
  it('keeps a block up to the limit whole, at its own offset', () => {
    expect(blockPieces(SENTENCE, 120)).toEqual([{ start: 120, text: SENTENCE }]);
    const full = 'ب'.repeat(MAX_PIECE_LENGTH);
    expect(blockPieces(full, 0)).toEqual([{ start: 0, text: full }]);
  });

  it.each([
    ['a megabyte paragraph of prose', SENTENCE.repeat(10_000), 7_301, MAX_PIECE_LENGTH],
    ['prose just over the limit', SENTENCE.repeat(40), 0, MAX_PIECE_LENGTH],
    ['small pieces', SENTENCE.repeat(5), 42, 50],
  ])('cuts %s into slices that lose and move no character', (_name, text, start, maxLength) => {
    const pieces = expectWhole(text, start, maxLength);
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('cuts after a space, so no word is split between pieces', () => {
    const text = SENTENCE.repeat(200);
    const pieces = expectWhole(text, 0, 1000);
    for (const piece of pieces.slice(0, -1)) expect(piece.text).toMatch(/\s$/);
    for (const piece of pieces.slice(0, -1)) expect(piece.text.length).toBeGreaterThan(500);
  });

  it('cuts a run without spaces between characters, never between a letter and its vowel signs or inside a surrogate pair', () => {
    const voweled = 'كَتَبَ'.repeat(50); // letters each followed by a fatha
    for (const piece of expectWhole(voweled, 3, 7)) expect(piece.text).toMatch(/^\p{L}/u);
    const emoji = '📖'.repeat(30);
    for (const piece of expectWhole(emoji, 0, 9)) expect(piece.text.codePointAt(0)).toBe(0x1f4d6);
  });
});
