import { describe, expect, it } from 'vitest';
import { BestFirst } from './best-first';

interface Scored {
  id: number;
  tier: number;
  score: number;
}
const byRank = (a: Scored, b: Scored): number => a.tier - b.tier || b.score - a.score;

function randomStream(count: number, seed: number): Scored[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  // Few distinct values, so many items are equal and their order of arrival decides.
  return Array.from({ length: count }, (_, id) => ({ id, tier: Math.floor(next() * 3), score: Math.floor(next() * 20) }));
}

describe('BestFirst', () => {
  it.each([
    [0, 50],
    [1, 50],
    [6, 3],
    [6, 500],
    [100, 2000],
  ])('keeps what the first %i of a stable sort of %i items are, in that order', (capacity, count) => {
    const stream = randomStream(count, capacity * 31 + count);
    const best = new BestFirst(capacity, byRank);
    for (const item of stream) best.offer(item);
    expect(best.items.map((s) => s.id)).toEqual([...stream].sort(byRank).slice(0, capacity).map((s) => s.id));
  });

  it('says whether an item would be kept before it is built', () => {
    const best = new BestFirst(2, byRank);
    best.offer({ id: 1, tier: 0, score: 5 });
    best.offer({ id: 2, tier: 0, score: 3 });
    expect(best.wouldKeep({ id: 3, tier: 0, score: 3 })).toBe(false);
    expect(best.wouldKeep({ id: 3, tier: 0, score: 4 })).toBe(true);
    expect(best.wouldKeep({ id: 3, tier: 1, score: 100 })).toBe(false);
  });
});
