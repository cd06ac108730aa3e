import { describe, expect, it } from 'vitest';
import type { Highlight } from './highlight-types';
import { keepSameRows, sameRow } from './same-rows';

const row = (id: string, change: Partial<Highlight> = {}): Highlight => ({
  id,
  docId: 'doc',
  color: 'yellow',
  style: 'highlight',
  tags: ['a'],
  selectors: { quote: { type: 'TextQuoteSelector', exact: `text ${id}`, prefix: 'before', suffix: 'after' }, position: { type: 'TextPositionSelector', start: 1, end: 5 } },
  sortIndex: 1,
  createdAt: 1,
  modifiedAt: 1,
  ...change,
});
const copy = (h: Highlight): Highlight => structuredClone(h);

describe('keepSameRows', () => {
  it('gives back the earlier array when a re-read brings the same rows as new objects', () => {
    const before = [row('a'), row('b'), row('c')];
    expect(keepSameRows(before, before.map(copy))).toBe(before);
  });

  it('keeps the unchanged rows as they were and takes the changed one', () => {
    const before = [row('a'), row('b'), row('c')];
    const changed = row('b', { color: 'blue', modifiedAt: 2 });
    const after = keepSameRows(before, [copy(before[0]!), changed, copy(before[2]!)]);
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(changed);
    expect(after[2]).toBe(before[2]);
  });

  it('takes a new row, a deleted row and a new order', () => {
    const before = [row('a'), row('b')];
    const added = row('new');
    const after = keepSameRows(before, [copy(before[1]!), added]);
    expect(after).toEqual([before[1], added]);
    expect(after[0]).toBe(before[1]);
    expect(keepSameRows(before, [copy(before[0]!)])).toEqual([before[0]]);
    expect(keepSameRows(before, [])).toEqual([]);
  });

  it('gives the fresh read when there was none before', () => {
    const next = [row('a')];
    expect(keepSameRows(undefined, next)).toBe(next);
    expect(keepSameRows([], next)).toBe(next);
  });
});

describe('sameRow', () => {
  it('tells apart rows that differ in any stored field', () => {
    const base = row('a');
    expect(sameRow(base, copy(base))).toBe(true);
    for (const change of [
      { color: 'green' },
      { style: 'underline' },
      { tags: ['a', 'b'] },
      { tags: ['b'] },
      { modifiedAt: 2 },
      { createdAt: 2 },
      { sortIndex: 2 },
      { docId: 'other' },
    ] satisfies Partial<Highlight>[]) {
      expect(sameRow(base, row('a', change))).toBe(false);
    }
    const quote = copy(base);
    quote.selectors.quote.exact = 'other';
    expect(sameRow(base, quote)).toBe(false);
    const suffix = copy(base);
    suffix.selectors.quote.suffix = 'x';
    expect(sameRow(base, suffix)).toBe(false);
    const position = copy(base);
    position.selectors.position.end = 9;
    expect(sameRow(base, position)).toBe(false);
  });
});
