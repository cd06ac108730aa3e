import { describe, expect, it, vi } from 'vitest';
import type { CorpusEntry } from '../../core/corpus/corpus-types';

const entries: CorpusEntry[] = [
  { ok: false, error: { id: '000', fileName: '000.txt', reason: { id: 'corpus.error.notLoaded', values: { file: '000.txt', detail: 'HTTP 404' } } } },
];
const listCorpus = vi.fn(async () => entries);
vi.mock('../../platform/get-api', () => ({ getApi: async () => ({ listCorpus }) }));

describe('the corpus load', () => {
  it('is one load for the page: the app and the search worker get the same entries, read once, and only once the app asks', async () => {
    const { corpusLoaded, loadCorpus } = await import('./corpus-load');
    let given: CorpusEntry[] | null = null;
    void corpusLoaded.then((loaded) => (given = loaded));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Nothing is read before the app begins the load (after its first paint).
    expect(listCorpus).not.toHaveBeenCalled();
    expect(given).toBeNull();
    const first = loadCorpus();
    expect(loadCorpus()).toBe(first);
    expect(await first).toBe(entries);
    expect(await corpusLoaded).toBe(entries);
    expect(given).toBe(entries);
    expect(listCorpus).toHaveBeenCalledTimes(1);
  });
});
