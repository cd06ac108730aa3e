import { describe, expect, it } from 'vitest';
import { adjacentSwaps, stemTerms, wordQuality } from './word-query';

describe('adjacentSwaps', () => {
  it('swaps each pair of different adjacent letters once', () => {
    expect(adjacentSwaps('قواات')).toEqual(['وقاات', 'قاوات', 'قواتا']);
  });
});

describe('wordQuality', () => {
  const word = { word: 'الروسيه', stems: stemTerms('الروسيه') };

  it.each([
    ['the word itself matched', ['الروسيه', '~روس'], 'exact'],
    ['only its stem matched', ['~روس'], 'stem'],
    ['only another word matched', ['الروسيا'], 'fuzzy'],
  ])('calls a hit where %s %s', (_case, matched, expected) => {
    expect(wordQuality(matched, word)).toBe(expected);
  });

  it('looks up the word and its stem, marked as stems', () => {
    expect(stemTerms('الروسيه')).toEqual(['~الروسيه', '~روس']);
    expect(stemTerms('قال')).toEqual(['~قال']);
  });
});
