import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../corpus/parse-corpus';
import {
  addItem,
  createResearchIndex,
  fillItem,
  loadResearchIndex,
  removeItem,
  replaceItem,
  RESEARCH_INDEX_VERSION,
  saveResearchIndex,
  type SavedResearchIndex,
  type ResearchIndex,
} from './research-index';
import { itemKey, type NoteItem, type ResearchItem } from './research-items';
import { searchResearch } from './search-research';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const documents: ResearchItem[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => parseCorpusText(name.slice(0, 3), name, readFileSync(new URL(name, SEEDS_DIR), 'utf8')))
  .map((d) => ({ kind: 'document', docId: d.id, title: d.title, text: d.text }));
const highlight: ResearchItem = {
  kind: 'highlight',
  highlightId: 'h1',
  docId: '000',
  quote: 'ندعو جميع الأطراف الخارجية ، بما في ذلك روسيا وتركيا والإمارات العربية المتحدة',
  tags: ['روسيا'],
  color: 'yellow',
};
const note = (text: string): NoteItem => ({ kind: 'note', noteId: 'n1', title: 'ملاحظة عن ليبيا', text });
const allItems = (): ResearchItem[] => [...documents, highlight, note('أرسلت أنقرة جنودا لدعم حكومة فائز السراج.')];

/** What a search shows, without the item objects: kind, id, place and excerpt. */
const shown = (index: ResearchIndex, query: string) => {
  const results = searchResearch(index, query);
  return [...results.documents, ...results.highlights, ...results.notes].map(({ item: _item, ...hit }) => hit);
};
const keysFound = (index: ResearchIndex, query: string): string[] => shown(index, query).map((h) => h.key);

const QUERIES = ['الأمم المتحدة', 'قوات', 'المرتقزة', '"وقف إطلاق النار"', 'ليبيا -سوريا', 'tag:روسيا', 'السراج'];

describe('research index updates', () => {
  it('finds an item added after the index was built, and no longer one removed', () => {
    const index = createResearchIndex(documents);
    expect(keysFound(index, 'tag:روسيا')).toEqual([]);
    addItem(index, highlight);
    expect(keysFound(index, 'tag:روسيا')).toEqual(['highlight:h1']);
    removeItem(index, itemKey('document', '000'));
    expect(keysFound(index, 'الأمم المتحدة')).not.toContain('document:000');
    expect(keysFound(index, 'الأمم المتحدة')).toContain('document:001');
  });

  it('finds a note by the words of its new text as soon as it is replaced, and not by the old ones', () => {
    const index = createResearchIndex(allItems());
    expect(keysFound(index, 'فائز')).toContain('note:n1');
    replaceItem(index, note('المرتزقة الأجانب والمندوبين العسكريين'));
    expect(keysFound(index, 'فائز')).not.toContain('note:n1');
    expect(keysFound(index, 'المندوبين')).toContain('note:n1');
    expect(index.miniSearch.documentCount).toBe(allItems().length);
  });

  it('treats adding an item of a key already there as replacing it', () => {
    const index = createResearchIndex([note('نص أول'), note('نص ثان')]);
    expect(index.items.size).toBe(1);
    expect(keysFound(index, 'ثان')).toEqual(['note:n1']);
    expect(keysFound(index, 'أول')).toEqual([]);
  });

  it('ignores removing an item that is not there', () => {
    const index = createResearchIndex(documents);
    removeItem(index, itemKey('note', 'missing'));
    expect(index.items.size).toBe(documents.length);
  });
});

describe('research index JSON', () => {
  it.each(QUERIES)('gives the same results for %s after a round trip', (query) => {
    const built = createResearchIndex(allItems());
    const loaded = loadResearchIndex(saveResearchIndex(built), allItems());
    expect(shown(loaded, query)).toEqual(shown(built, query));
  });

  it('loads an index saved after updates, and keeps updating it', () => {
    const built = createResearchIndex(allItems());
    removeItem(built, itemKey('document', '004'));
    const items = allItems().filter((item) => !(item.kind === 'document' && item.docId === '004'));
    const loaded = loadResearchIndex(saveResearchIndex(built), items);
    expect(shown(loaded, 'الأمم المتحدة')).toEqual(shown(built, 'الأمم المتحدة'));
    replaceItem(loaded, note('نص جديد عن الانسحاب'));
    expect(keysFound(loaded, 'الانسحاب')).toContain('note:n1');
  });

  const savedDocuments = () => saveResearchIndex(createResearchIndex(documents));
  it.each<[string, () => SavedResearchIndex, ResearchItem[]]>([
    ['damaged JSON', () => ({ ...savedDocuments(), json: savedDocuments().json.slice(0, 100) }), documents],
    ['another version', () => ({ ...savedDocuments(), json: savedDocuments().json.replace(`"version":${RESEARCH_INDEX_VERSION}`, '"version":0') }), documents],
    ['postings cut short', () => ({ ...savedDocuments(), postings: savedDocuments().postings.subarray(0, 100) }), documents],
    ['document ids without their field lengths', () => ({ ...savedDocuments(), json: savedDocuments().json.replace(/"fieldLengths":\[\[[^\]]*\],/, '"fieldLengths":[') }), documents],
    ['postings that are not bytes', () => ({ ...savedDocuments(), postings: [1, 2, 3] as unknown as Uint8Array }), documents],
    ['an index of other items', savedDocuments, allItems()],
    ['an index missing one of the items', () => saveResearchIndex(createResearchIndex(documents.slice(1))), documents],
  ])('refuses %s, so the caller rebuilds', (_case, saved, items) => {
    expect(() => loadResearchIndex(saved(), items)).toThrow();
  });
});

describe('research index saved, packed', () => {
  it('is a fraction of the size of MiniSearch’s own JSON', () => {
    const built = createResearchIndex(allItems());
    const saved = saveResearchIndex(built);
    expect(saved.json.length + saved.postings.length).toBeLessThan(JSON.stringify(built.miniSearch).length * 0.8);
  });

  it('saves a loaded index again, with terms no query has read yet, to the same postings', () => {
    const built = createResearchIndex(allItems());
    const saved = saveResearchIndex(built);
    const loaded = loadResearchIndex(saved, allItems());
    searchResearch(loaded, 'الأمم المتحدة');
    // Terms may come in another order (MiniSearch's radix tree is rebuilt), each with the same postings.
    const content = ({ json, postings }: SavedResearchIndex) => {
      const { miniSearch, terms, ends } = JSON.parse(json) as { miniSearch: unknown; terms: string[]; ends: number[] };
      return { miniSearch, postings: new Map(terms.map((term, i) => [term, [...postings.subarray(ends[i - 1] ?? 0, ends[i])]])) };
    };
    expect(content(saveResearchIndex(loaded))).toEqual(content(saved));
  });

  it.each([
    ['unpacked (format 1)', (built: ResearchIndex) => JSON.stringify({ version: 1, miniSearch: built.miniSearch.toJSON() })],
    ['packed in strings (format 3)', (_built: ResearchIndex) => JSON.stringify({ version: 3, miniSearch: {}, terms: ['a'], postings: ['0=1'] })],
  ])('refuses an index saved in an earlier format, %s', (_case, earlier) => {
    const built = createResearchIndex(documents);
    expect(() => loadResearchIndex({ json: earlier(built), postings: new Uint8Array() }, documents)).toThrow();
  });
});

describe('research index loaded with documents lazy (without their text)', () => {
  const documentKeys = new Set(documents.map((d) => itemKey('document', (d as { docId: string }).docId)));
  const textless = () => allItems().map((item) => (item.kind === 'document' ? { ...item, text: '' } : item));

  it.each(QUERIES)('notes the texts %s needs, and once they are filled gives the results of the built index', (query) => {
    const built = createResearchIndex(allItems());
    const loaded = loadResearchIndex(saveResearchIndex(built), textless(), documentKeys);
    loaded.wanted.clear();
    searchResearch(loaded, query);
    const wanted = [...loaded.wanted];
    for (const key of wanted) expect(documentKeys).toContain(key);
    for (const item of documents) if (wanted.includes(itemKey('document', (item as { docId: string }).docId))) fillItem(loaded, item);
    loaded.wanted.clear();
    expect(shown(loaded, query)).toEqual(shown(built, query));
    expect(loaded.wanted.size).toBe(0);
  });

  it('wants no document text for a query only a note answers', () => {
    const saffron: NoteItem = { kind: 'note', noteId: 'n2', title: 'ملاحظة', text: 'زعفران من السوق' };
    const loaded = loadResearchIndex(saveResearchIndex(createResearchIndex([...allItems(), saffron])), [...textless(), saffron], documentKeys);
    expect(keysFound(loaded, 'زعفران')).toEqual(['note:n2']);
    expect(loaded.wanted.size).toBe(0);
  });

  it('ignores a text read after its document was replaced by a newer version', () => {
    const first = documents[0] as Extract<ResearchItem, { kind: 'document' }>;
    const key = itemKey('document', first.docId);
    const loaded = loadResearchIndex(saveResearchIndex(createResearchIndex(documents)), textless().filter((i) => i.kind === 'document'), new Set([key]));
    replaceItem(loaded, { ...first, text: 'نص بديل عن الزعفران' });
    fillItem(loaded, first);
    expect(keysFound(loaded, 'الزعفران')).toEqual([key]);
    expect(shown(loaded, 'الزعفران')[0]!.excerpt.match).toBe('الزعفران');
  });
});
