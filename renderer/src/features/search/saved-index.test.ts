import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../core/corpus/parse-corpus';
import type { LibraryDocumentRow } from '../../core/library/library-types';
import { createResearchIndex, fillItem, RESEARCH_INDEX_VERSION } from '../../core/search/research-index';
import { itemKey, type ResearchItem } from '../../core/search/research-items';
import { searchResearch } from '../../core/search/search-research';
import type { StartRead } from './index-records';
import { bundledVersion, documentSource, importedVersion, titledVersion, type SourceDocument } from './research-sources';
import { loadSavedIndex, openSavedIndex, placeBundled, savedIndexRow, type LoadedIndex } from './saved-index';

const DOC = '000_14e37202ef5eb1ed';
const text = readFileSync(new URL(`../../../../seeds/${DOC}.txt`, import.meta.url), 'utf8');
const corpus = parseCorpusText(DOC, `${DOC}.txt`, text);
const bundledDoc: SourceDocument = { id: DOC, title: corpus.title, text, blocks: corpus.blocks.map((b) => [b.kind, b.start, b.end] as const) };
const bundled = new Map([[DOC, bundledDoc]]);

const imported: SourceDocument = { id: 'imp-1', title: 'تقرير الأسواق', text: 'تقرير الأسواق\nارتفعت أسعار الأسطرلابات النحاسية.', blocks: [['title', 0, 13], ['paragraph', 14, 46]] };
const row = { id: 'imp-1', title: 'تقرير الأسواق', contentHash: 'h1', derivedVersion: 1, collectionIds: [] } as unknown as LibraryDocumentRow;
const highlight: ResearchItem = { kind: 'highlight', highlightId: 'h1', docId: DOC, quote: 'ريتشارد ميلز جونيور', tags: ['روسيا'], color: 'green' };
const note: ResearchItem = { kind: 'note', noteId: 'n1', title: 'موقف الأطراف', text: 'مراجعة موقف بلقيس من الاتفاق' };

/** An index over the bundled document, the imported one, a highlight and a note, saved as the worker saves it. */
function savedState(): StartRead {
  const items = [documentSource(bundledDoc).item, documentSource(imported).item, highlight, note];
  const versions = new Map<string, string>([
    [itemKey('document', DOC), bundledVersion(bundledDoc)],
    [itemKey('document', 'imp-1'), importedVersion(row)],
    [itemKey('highlight', 'h1'), '1'],
    [itemKey('note', 'n1'), '10'],
  ]);
  const saved = { key: 'research', ...savedIndexRow(createResearchIndex(items), versions, 5) };
  return { saved, documents: [row], highlightIds: new Set(['h1']), noteIds: new Set(['n1']), customTitles: new Map() };
}

function loaded(start: StartRead, docs = bundled): LoadedIndex {
  const result = loadSavedIndex(start, docs);
  if (typeof result === 'string') throw new Error(`not loaded: ${result}`);
  return result;
}

const keysFound = (index: LoadedIndex['index'], query: string): string[] => {
  const results = searchResearch(index, query);
  return [...results.documents, ...results.highlights, ...results.notes].map((hit) => hit.key);
};

describe('the saved search index', () => {
  it('loads with every record it holds, answering from the saved highlight and note items', () => {
    const { index, versions } = loaded(savedState());
    expect(versions.size).toBe(4);
    expect(keysFound(index, 'بلقيس')).toEqual(['note:n1']);
    expect(keysFound(index, 'tag:روسيا')).toEqual(['highlight:h1']);
    expect(keysFound(index, 'ميلز')).toEqual(['document:000_14e37202ef5eb1ed', 'highlight:h1']);
  });

  it('loads an imported document without its text, which a query asks for and then shows', () => {
    const { index } = loaded(savedState());
    const key = itemKey('document', 'imp-1');
    expect(index.lazy.has(key)).toBe(true);
    index.wanted.clear();
    expect(keysFound(index, 'الأسطرلاب')).toEqual([key]);
    expect([...index.wanted]).toEqual([key]);
    fillItem(index, documentSource(imported).item);
    expect(searchResearch(index, 'الأسطرلاب').documents[0]!.excerpt.match).toBe('الأسطرلابات');
  });

  it('leaves out the records deleted since it was saved, so no answer lists them', () => {
    const start = { ...savedState(), documents: [], highlightIds: new Set<string>(), noteIds: new Set<string>() };
    const { index, versions } = loaded(start);
    expect(keysFound(index, 'بلقيس')).toEqual([]);
    expect(keysFound(index, 'tag:روسيا')).toEqual([]);
    expect(keysFound(index, 'الأسطرلاب')).toEqual([]);
    expect([...versions.keys()]).toEqual([itemKey('document', DOC)]);
  });

  it('indexes the bundled corpus as the app has it now when it differs from the saved one', () => {
    const added = '\nفقرة جديدة عن الزعفران.';
    const changed: SourceDocument = { ...bundledDoc, text: text + added, blocks: [...bundledDoc.blocks, ['paragraph', text.length + 1, text.length + added.length]] };
    const { index, versions } = loaded(savedState(), new Map([[DOC, changed]]));
    expect(keysFound(index, 'الزعفران')).toEqual([itemKey('document', DOC)]);
    expect(versions.get(itemKey('document', DOC))).toBe(bundledVersion(changed));
    const without = loaded(savedState(), new Map());
    expect(keysFound(without.index, 'ميلز')).toEqual(['highlight:h1']);
  });

  it('indexes again at start a document renamed since the save, under its new title, and keeps one renamed before', () => {
    const renamed = { ...savedState(), customTitles: new Map([[DOC, 'مقالة مسماة زنجبيل']]) };
    const { index, versions } = loaded(renamed);
    const key = itemKey('document', DOC);
    expect(keysFound(index, 'زنجبيل')).toEqual([key]);
    expect(index.items.get(key)).toMatchObject({ title: 'مقالة مسماة زنجبيل' });
    expect(versions.get(key)).toBe(titledVersion(bundledVersion(bundledDoc), 'مقالة مسماة زنجبيل'));

    const saved = { key: 'research', ...savedIndexRow(index, versions, 6) };
    const opened = openSavedIndex({ ...renamed, saved });
    if (typeof opened === 'string') throw new Error(`not opened: ${opened}`);
    const again = placeBundled(opened, bundled);
    // Not indexed again: no document discarded since the save.
    expect(again.index.miniSearch.dirtCount).toBe(index.miniSearch.dirtCount);
    expect(keysFound(again.index, 'زنجبيل')).toEqual([key]);
  });

  it('opens before the app sends its corpus, and answers from the bundled documents once they are placed', () => {
    const opened = openSavedIndex(savedState());
    if (typeof opened === 'string') throw new Error(`not opened: ${opened}`);
    const key = itemKey('document', DOC);
    expect([...opened.unplaced]).toEqual([key]);
    expect(keysFound(opened.index, 'بلقيس')).toEqual(['note:n1']);
    const { index } = placeBundled(opened, bundled);
    // Not indexed again: no document was discarded from MiniSearch's index to be added anew.
    expect(index.miniSearch.dirtCount).toBe(0);
    expect(index.lazy.has(key)).toBe(false);
    expect(searchResearch(index, 'ميلز').documents[0]!.excerpt.match).toBe('ميلز');
  });

  it('drops a saved document the corpus no longer has when the corpus is placed', () => {
    const opened = openSavedIndex(savedState());
    if (typeof opened === 'string') throw new Error(`not opened: ${opened}`);
    const { index, versions } = placeBundled(opened, new Map());
    expect(keysFound(index, 'ميلز')).toEqual(['highlight:h1']);
    expect(versions.has(itemKey('document', DOC))).toBe(false);
  });

  it.each([
    ['none-saved', (start: StartRead) => ({ ...start, saved: undefined })],
    ['outdated', (start: StartRead) => ({ ...start, saved: { ...start.saved!, formatVersion: RESEARCH_INDEX_VERSION - 1 } })],
    ['outdated', (start: StartRead) => ({ ...start, saved: { ...start.saved!, fingerprint: 'another' } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, json: start.saved!.json.slice(0, 100) } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, postings: undefined } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, postings: start.saved!.postings!.subarray(1) } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, records: undefined } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, records: { ...start.saved!.records!, items: [{ kind: 'note', noteId: 'n1' }] } } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, records: { ...start.saved!.records!, items: { ...start.saved!.records!.items, texts: 'cut' } } } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, records: { ...start.saved!.records!, keys: [...start.saved!.records!.keys.slice(0, -1), 'document:imp-9'] } } })],
    ['damaged', (start: StartRead) => ({ ...start, saved: { ...start.saved!, records: { ...start.saved!.records!, items: { ...start.saved!.records!.items, count: 1 } } } })],
  ] as const)('says %s when it cannot be used', (reason, change) => {
    expect(loadSavedIndex(change(savedState()) as StartRead, bundled)).toBe(reason);
  });

  it('saves the highlight and note items, not the documents', () => {
    const { items } = savedState().saved!.records!;
    expect(items.count).toBe(2);
    expect(items.texts).toBe('ريتشارد ميلز جونيورمراجعة موقف بلقيس من الاتفاق');
  });

  it('loads its records in the order they were saved, so a search listing equal hits lists them as before the restart', () => {
    const second: ResearchItem = { ...highlight, highlightId: 'h2', quote: 'ميلز' };
    const built = createResearchIndex([documentSource(bundledDoc).item, second, note, highlight]);
    const versions = new Map([...built.items.keys()].map((key) => [key, '1']));
    const start = { ...savedState(), saved: { key: 'research', ...savedIndexRow(built, versions, 5) }, highlightIds: new Set(['h1', 'h2']) };
    const opened = openSavedIndex(start);
    if (typeof opened === 'string') throw new Error(`not opened: ${opened}`);
    expect([...opened.index.items.keys()]).toEqual([...built.items.keys()]);
    const { index } = placeBundled(opened, bundled);
    expect(keysFound(index, 'tag:روسيا')).toEqual(keysFound(built, 'tag:روسيا'));
    expect(keysFound(index, 'tag:روسيا')).toEqual(['highlight:h2', 'highlight:h1']);
  });

  it('keeps a record the index holds without a version, with none, so the next catch-up indexes it again', () => {
    const built = createResearchIndex([documentSource(bundledDoc).item, highlight]);
    const row = savedIndexRow(built, new Map([[itemKey('document', DOC), bundledVersion(bundledDoc)]]), 5);
    expect(row.records!.keys).toEqual([itemKey('document', DOC), 'highlight:h1']);
    expect(row.records!.versions[1]).toBe('');
  });
});
