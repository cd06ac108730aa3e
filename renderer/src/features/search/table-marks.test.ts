import { describe, expect, it } from 'vitest';
import type { SearchIndexRow } from '../../data/db';
import { packSavedItems } from './saved-items';
import { markOf, tableMark, unchangedSince } from './table-marks';

const savedWith = (marks: NonNullable<SearchIndexRow['records']>['marks']): SearchIndexRow => ({
  key: 'research',
  formatVersion: 7,
  fingerprint: 'f',
  json: '{}',
  savedAt: 1,
  records: { keys: [], versions: [], items: packSavedItems([]), ...(marks ? { marks } : {}) },
});

describe("a table's mark", () => {
  it('counts every version and keeps the latest edit, leaving out a row without a time', () => {
    expect(markOf(['1700000001000', '?', '1700000003000', '1700000002000'])).toEqual({ count: 4, latest: 1700000003000 });
    expect(markOf(['?', ''])).toEqual({ count: 2, latest: null });
    expect(markOf([])).toEqual({ count: 0, latest: null });
  });

  it('says a table is unchanged only when its count and latest edit are both those saved', () => {
    const saved = savedWith({ highlights: { count: 2, latest: 30 }, notes: { count: 0, latest: null } });
    expect(unchangedSince(saved, 'highlights', { count: 2, latest: 30 })).toBe(true);
    expect(unchangedSince(saved, 'notes', { count: 0, latest: null })).toBe(true);
    // One deleted; one added or edited since; one deleted and another added.
    expect(unchangedSince(saved, 'highlights', { count: 1, latest: 30 })).toBe(false);
    expect(unchangedSince(saved, 'highlights', { count: 2, latest: 31 })).toBe(false);
    expect(unchangedSince(saved, 'notes', { count: 1, latest: 5 })).toBe(false);
    // A latest key that is not a number.
    expect(unchangedSince(saved, 'highlights', { count: 2, latest: Number.NaN })).toBe(false);
  });

  it('reads a table with no timed row as having no latest edit, and a key that is not a time as a mark never saved', () => {
    const saved = savedWith({ highlights: { count: 2, latest: 30 }, notes: { count: 1, latest: null } });
    expect(tableMark(1, undefined)).toEqual({ count: 1, latest: null });
    expect(unchangedSince(saved, 'notes', tableMark(1, undefined))).toBe(true);
    expect(unchangedSince(saved, 'highlights', tableMark(2, 30))).toBe(true);
    expect(unchangedSince(saved, 'highlights', tableMark(2, '30'))).toBe(false);
  });

  it('says nothing is unchanged without a saved index or its marks (a row saved before them)', () => {
    expect(unchangedSince(undefined, 'highlights', { count: 0, latest: null })).toBe(false);
    expect(unchangedSince(savedWith(undefined), 'highlights', { count: 0, latest: null })).toBe(false);
  });
});
