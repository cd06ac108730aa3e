import { describe, expect, it } from 'vitest';
import { diffPainted, isEmptyDiff, type PaintedHighlight } from './paint-diff';

const h = (id: string, start: number, end: number, paint = 'qiraa-highlight-yellow'): PaintedHighlight => ({ id, start, end, paint });
const ids = (list: PaintedHighlight[]) => list.map((x) => x.id);

describe('diffPainted', () => {
  it('finds only the new highlight when one is added among many', () => {
    const before = Array.from({ length: 50 }, (_, i) => h(`h${i}`, i * 10, i * 10 + 5));
    const after = [...before.slice(0, 20), h('new', 203, 208), ...before.slice(20)];
    const diff = diffPainted(before, after);
    expect(ids(diff.added)).toEqual(['new']);
    expect(diff.removed).toEqual([]);
    expect(diff.repainted).toEqual([]);
  });

  it('moves a highlight whose colour changed from one paint to the other, adding and removing nothing', () => {
    const diff = diffPainted([h('a', 0, 5), h('b', 10, 15)], [h('a', 0, 5), h('b', 10, 15, 'qiraa-highlight-blue')]);
    expect(diff.repainted).toEqual([{ before: h('b', 10, 15), after: h('b', 10, 15, 'qiraa-highlight-blue') }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('takes a highlight now over other text out and draws it again', () => {
    const diff = diffPainted([h('a', 0, 5)], [h('a', 2, 9)]);
    expect(diff.removed).toEqual([h('a', 0, 5)]);
    expect(diff.added).toEqual([h('a', 2, 9)]);
  });

  it('removes deleted highlights (an undone colour click)', () => {
    const diff = diffPainted([h('a', 0, 5), h('b', 10, 15), h('c', 20, 25)], [h('a', 0, 5), h('c', 20, 25)]);
    expect(ids(diff.removed)).toEqual(['b']);
    expect(diff.added).toEqual([]);
  });

  it('sees nothing to do when a re-read gives equal highlights as new objects', () => {
    const diff = diffPainted([h('a', 0, 5), h('b', 10, 15)], [h('a', 0, 5), h('b', 10, 15)]);
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('draws everything on the first drawing and removes everything on the last', () => {
    expect(ids(diffPainted([], [h('a', 0, 5), h('b', 10, 15)]).added)).toEqual(['a', 'b']);
    expect(ids(diffPainted([h('a', 0, 5), h('b', 10, 15)], []).removed)).toEqual(['a', 'b']);
  });
});
