import { describe, expect, it } from 'vitest';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import type { Highlight } from '../../core/highlights/highlight-types';
import { listRuns, sameEntries, sameListedHighlight } from './list-runs';

function highlight(id: string, extra: Partial<Highlight> = {}): Highlight {
  const selectors = { quote: { exact: 'نص', prefix: '', suffix: '' }, position: { start: 0, end: 2 } } as unknown as Highlight['selectors'];
  return { id, docId: 'd', color: 'yellow', style: 'highlight', tags: [], selectors, sortIndex: 0, createdAt: 1, modifiedAt: 1, ...extra };
}
const entry = (id: string, start: number, extra: Partial<Highlight> = {}): AnchoredHighlight => ({ highlight: highlight(id, extra), start, end: start + 5, moved: false });

describe('listRuns', () => {
  it('groups entries whose passages start in the same stretch of text, in order', () => {
    const runs = listRuns([entry('a', 5), entry('b', 90), entry('c', 100), entry('d', 350)], 100);
    expect(runs.map((r) => [r.key, r.entries.map((e) => e.highlight.id)])).toEqual([
      [0, ['a', 'b']],
      [1, ['c']],
      [3, ['d']],
    ]);
  });

  it('changes only the run a new highlight falls in', () => {
    const before = listRuns([entry('a', 5), entry('c', 100), entry('d', 350)], 100);
    const after = listRuns([entry('a', 5), entry('c', 100), entry('new', 120), entry('d', 350)], 100);
    expect(after.map((run, i) => sameEntries(run.entries, before[i]!.entries))).toEqual([true, false, true]);
  });

  it('has no runs for no entries', () => {
    expect(listRuns([])).toEqual([]);
  });
});

describe('sameEntries', () => {
  it('takes a re-read of unchanged rows as the same', () => {
    expect(sameEntries([entry('a', 5, { tags: ['x'] })], [entry('a', 5, { tags: ['x'] })])).toBe(true);
  });

  it('tells a changed colour, style, tag or place', () => {
    const base = [entry('a', 5, { tags: ['x'] })];
    expect(sameEntries(base, [entry('a', 5, { tags: ['x'], color: 'blue' })])).toBe(false);
    expect(sameEntries(base, [entry('a', 5, { tags: ['x'], style: 'underline' })])).toBe(false);
    expect(sameEntries(base, [entry('a', 5, { tags: ['y'] })])).toBe(false);
    expect(sameEntries(base, [entry('a', 6, { tags: ['x'] })])).toBe(false);
    expect(sameEntries(base, [])).toBe(false);
  });

  it('sameListedHighlight tells different highlights apart', () => {
    expect(sameListedHighlight(highlight('a'), highlight('b'))).toBe(false);
  });
});
