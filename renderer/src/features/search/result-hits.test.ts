import { describe, expect, it } from 'vitest';
import { FULL_SIZE, NO_FILTERS, PAGE_SIZE } from './search-messages';
import { queryWithFilters, searchOptionsFor } from './result-hits';

const collections: Record<string, Set<string>> = { c1: new Set(['imp-a', 'imp-b']) };
const docIdsOf = (id: string) => collections[id] ?? new Set<string>();

describe('the filters as a query and search options', () => {
  it('adds the tag filter as a quoted tag: operator, and leaves the query alone without one', () => {
    expect(queryWithFilters('ميلز', NO_FILTERS)).toBe('ميلز');
    expect(queryWithFilters('ميلز', { ...NO_FILTERS, tag: 'الأمم "المتحدة"' })).toBe('ميلز tag:"الأمم  المتحدة "');
  });

  it('turns colour and collection into options, and keeps every kind counted when one kind is shown', () => {
    expect(searchOptionsFor(NO_FILTERS, docIdsOf)).toEqual({ limit: PAGE_SIZE, limits: { document: PAGE_SIZE, highlight: PAGE_SIZE, note: PAGE_SIZE } });
    const options = searchOptionsFor({ kind: 'highlight', collectionId: 'c1', tag: null, color: 'green' }, docIdsOf);
    expect(options.kinds).toBeUndefined();
    expect(options.colors).toEqual(['green']);
    expect([...options.docIds!]).toEqual(['imp-a', 'imp-b']);
    // The kind shown is listed in full; the others are only counted.
    expect(options.limits).toEqual({ document: 0, highlight: FULL_SIZE, note: 0 });
  });

  it('lists a first page of each kind, and in full the kinds whose "Show all" was chosen', () => {
    expect(searchOptionsFor(NO_FILTERS, docIdsOf, ['note']).limits).toEqual({ document: PAGE_SIZE, highlight: PAGE_SIZE, note: FULL_SIZE });
    expect(PAGE_SIZE).toBeLessThan(FULL_SIZE);
  });
});
