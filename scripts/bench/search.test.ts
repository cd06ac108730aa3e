import { describe, expect, it } from 'vitest';
import { benchSearch, ENGINES, formatSearchTable, makeSearchData, QUERY_CASES } from './search';

describe('search benchmark', () => {
  it('makes the asked numbers of documents, highlights and notes from the corpus', () => {
    const { documents, items } = makeSearchData({ articles: 10, highlights: 30, notes: 20 });
    expect(documents).toHaveLength(10);
    expect(items.filter((i) => i.kind === 'highlight')).toHaveLength(30);
    expect(items.filter((i) => i.kind === 'note')).toHaveLength(20);
  });

  it('has at least 25 Arabic query cases, each with a query and a target', () => {
    expect(QUERY_CASES.length).toBeGreaterThanOrEqual(25);
    for (const c of QUERY_CASES) expect(c.query && c.target).toBeTruthy();
  });

  it('reports one table of build, memory, latency and recall for every engine on a small run', async () => {
    const table = await benchSearch({ articles: 40, highlights: 100, notes: 50, runs: 1 });
    expect(Object.keys(table.rows)).toEqual(expect.arrayContaining(['full build (ms)', 'query p50 / p95 (ms)', 'recall, mean over cases']));
    expect(Object.keys(table.rows).filter((label) => label.startsWith('recall · '))).toHaveLength(QUERY_CASES.length);
    for (const row of Object.values(table.rows)) expect(row).toHaveLength(ENGINES.length);
    // The research index finds every misspelled case's documents; the scan finds none of them.
    const misspelled = table.rows[Object.keys(table.rows).find((l) => l.includes('المرتزفة'))!]!;
    expect(misspelled[0]).toBe('0%');
    expect(misspelled[1]).toBe('100%');
    expect(formatSearchTable(table)[1]).toContain('FlexSearch');
  }, 60_000);
});
