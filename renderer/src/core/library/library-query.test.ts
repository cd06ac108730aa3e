import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../corpus/parse-corpus';
import { bundledEntry, importedEntry, withCustomTitle } from './library-entry';
import { DEFAULT_LIBRARY_QUERY, facetCounts, parseLibraryQuery, queryLibrary } from './library-query';
import type { LibraryDocumentRow } from './library-types';

const seeds = ['000_14e37202ef5eb1ed', '001_10e699bd053cc6a9', '002_c93f435b5cdcdac7'].map((id) =>
  parseCorpusText(id, `${id}.txt`, readFileSync(new URL(`../../../../seeds/${id}.txt`, import.meta.url), 'utf8')),
);

function row(id: string, title: string, extra: Partial<LibraryDocumentRow> = {}): LibraryDocumentRow {
  return {
    id, fileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', contentHash: id, byteLength: 1, title, titleDerived: false, source: null, byline: null,
    tags: [], publishedAt: null, url: null, wordCount: 100, charCount: 500, addedAt: 1, collectionIds: [], derivedVersion: 1, ...extra,
  };
}

const imported = [
  row('imp-a', 'الأمم المتحدة تدعو إلى التهدئة', { addedAt: 10, publishedAt: '2024-01-02', wordCount: 900, tags: ['الأمم المتحدة'], source: 'الجزيرة', collectionIds: ['c1'] }),
  row('imp-b', 'Oil prices and the Gulf economies', { addedAt: 20, publishedAt: '2023-06-30', wordCount: 300, tags: ['اقتصاد'], source: 'Reuters' }),
  row('imp-c', 'مُفاوضاتُ السَّلام في جنيف', { addedAt: 30, wordCount: 50, tags: ['اقتصاد', 'سويسرا'], source: 'الجزيرة' }),
].map(importedEntry);
const entries = [...seeds.map(bundledEntry), ...imported];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('filtering and sorting the library', () => {
  it('lists newest imports first and keeps the bundled corpus in its own order after them', () => {
    expect(ids(queryLibrary(entries, DEFAULT_LIBRARY_QUERY))).toEqual(['imp-c', 'imp-b', 'imp-a', ...seeds.map((s) => s.id)]);
  });

  it('matches every word of the filter, ignoring diacritics, hamza forms, ta marbuta and case', () => {
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, text: 'مفاوضات السلام' }))).toEqual(['imp-c']);
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, text: 'الامم المتحده' }))).toContain('imp-a');
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, text: 'OIL gulf' }))).toEqual(['imp-b']);
    expect(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, text: 'غير موجود إطلاقا' })).toEqual([]);
  });

  it('filters by collection, tag and source, and the bundled corpus is a collection of its own', () => {
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, collectionId: 'c1' }))).toEqual(['imp-a']);
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, collectionId: 'bundled' }))).toEqual(seeds.map((s) => s.id));
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, tag: 'اقتصاد' }))).toEqual(['imp-c', 'imp-b']);
    expect(ids(queryLibrary(entries, { ...DEFAULT_LIBRARY_QUERY, source: 'الجزيرة', sort: 'length' }))).toEqual(['imp-a', 'imp-c']);
  });

  it('sorts by publication date (undated last), length, title and last opened', () => {
    expect(ids(queryLibrary(imported, { ...DEFAULT_LIBRARY_QUERY, sort: 'published' }))).toEqual(['imp-a', 'imp-b', 'imp-c']);
    expect(ids(queryLibrary(imported, { ...DEFAULT_LIBRARY_QUERY, sort: 'length' }))).toEqual(['imp-a', 'imp-b', 'imp-c']);
    expect(ids(queryLibrary(imported, { ...DEFAULT_LIBRARY_QUERY, sort: 'title' }))[0]).toBe('imp-a');
    expect(ids(queryLibrary(imported, { ...DEFAULT_LIBRARY_QUERY, sort: 'opened' }, new Map([['imp-b', 5], ['imp-c', 9]])))).toEqual(['imp-c', 'imp-b', 'imp-a']);
  });

  it('finds a renamed document by its new title', () => {
    const renamed = withCustomTitle(imported[1]!, 'أسعار النفط');
    expect(ids(queryLibrary([renamed], { ...DEFAULT_LIBRARY_QUERY, text: 'اسعار النفط' }))).toEqual(['imp-b']);
    expect(renamed.title).toBe('أسعار النفط');
  });

  it('counts tags and sources for the filters, most common first', () => {
    expect(facetCounts(imported, (e) => e.tags)[0]).toEqual(['اقتصاد', 2]);
    expect(facetCounts(imported, (e) => [e.source])).toEqual([['الجزيرة', 2], ['Reuters', 1]]);
  });

  it('reads a stored query of any shape into a valid one', () => {
    expect(parseLibraryQuery({ sort: 'nonsense', text: 5, collectionId: 'c1' })).toEqual({ ...DEFAULT_LIBRARY_QUERY, collectionId: 'c1' });
    expect(parseLibraryQuery(null)).toEqual(DEFAULT_LIBRARY_QUERY);
  });
});
