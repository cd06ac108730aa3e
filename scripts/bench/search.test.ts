import { describe, expect, it } from 'vitest';
import { benchSearch, makeSearchData, QUERY_CASES } from './search';

describe('search benchmark', () => {
  it('makes the asked numbers of documents, highlights and notes from the corpus', () => {
    const { documents, items } = makeSearchData({ articles: 10, highlights: 30, notes: 20 });
    expect(documents).toHaveLength(10);
    expect(items.filter((i) => i.kind === 'highlight')).toHaveLength(30);
    expect(items.filter((i) => i.kind === 'note')).toHaveLength(20);
  });

  it('reports build, memory, latency and recall for both engines on a small run', async () => {
    const figures = await benchSearch({ articles: 40, highlights: 100, notes: 50, runs: 1 });
    expect(Object.keys(figures)).toEqual(expect.arrayContaining(['ranked: full build (ms)', 'today: query p50 / p95 (ms)', 'recall, mean over cases']));
    expect(Object.keys(figures).length).toBeGreaterThanOrEqual(QUERY_CASES.length + 10);
  }, 60_000);
});
