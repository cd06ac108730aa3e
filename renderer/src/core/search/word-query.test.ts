import { describe, expect, it } from 'vitest';
import type { SearchResult } from 'minisearch';
import { adjacentSwaps, stemTerms, wordQuality } from './word-query';

describe('adjacentSwaps', () => {
  it('swaps each pair of different adjacent letters once', () => {
    expect(adjacentSwaps('قواات')).toEqual(['وقاات', 'قاوات', 'قواتا']);
  });
});

describe('wordQuality', () => {
  const result = (match: Record<string, string[]>): SearchResult => ({ id: 'x', score: 1, terms: Object.keys(match), queryTerms: [], match });
  const word = { word: 'الروسيه', stems: stemTerms('الروسيه') };

  it.each([
    ['the word itself matched', { الروسيه: ['text'], '~روس': ['textStem'] }, 'exact'],
    ['only its stem matched', { '~روس': ['textStem'] }, 'stem'],
    ['only another word matched', { الروسيا: ['text'] }, 'fuzzy'],
  ])('calls a hit where %s %s', (_case, match, expected) => {
    expect(wordQuality(result(match), word)).toBe(expected);
  });

  it('looks up the word and its stem, marked as stems', () => {
    expect(stemTerms('الروسيه')).toEqual(['~الروسيه', '~روس']);
    expect(stemTerms('قال')).toEqual(['~قال']);
  });
});
