import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { parseCorpusText } from '../corpus/parse-corpus';
import { createResearchIndex, removeItem } from './research-index';
import { itemFields, type NoteItem, type ResearchItem } from './research-items';
import { locateHits, NEAR_SPELLINGS_BELOW, rankResearch, searchResearch, type SearchHit } from './search-research';
import { tokenizeArabic } from './tokenize-arabic';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const documents: ResearchItem[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => parseCorpusText(name.slice(0, 3), name, readFileSync(new URL(name, SEEDS_DIR), 'utf8')))
  .map((d) => ({ kind: 'document', docId: d.id, title: d.title, text: d.text }));
const seed000 = (documents[0] as { text: string }).text;
const sentenceWith = (words: string): string => seed000.split(/[.\n]/).find((s) => s.includes(words))!.trim();

const highlights: ResearchItem[] = [
  { kind: 'highlight', highlightId: 'h1', docId: '000', quote: sentenceWith('ندعو جميع الأطراف'), tags: ['روسيا', 'الأمم المتحدة'], color: 'yellow' },
  { kind: 'highlight', highlightId: 'h2', docId: '000', quote: sentenceWith('حكومة الوفاق الوطني'), tags: ['مرتزقة'], color: 'green' },
];
const note = (noteId: string, title: string, text: string): NoteItem => ({ kind: 'note', noteId, title, text });
const notes: ResearchItem[] = [
  note('n1', 'انسحاب القوات الأجنبية', 'طلب المندوب الأمريكي في مجلس الأمن انسحاب القوات الروسية والتركية من ليبيا.'),
  note('n2', 'حكومة الوفاق', 'أرسلت أنقرة جنودا لدعم حكومة فائز السراج.'),
  note('n3', 'دَعَتِ الوِلايَاتُ المُتَّحِدَةُ', 'نص مشكول من المقال للتجربة.'),
];
const index = createResearchIndex([...documents, ...highlights, ...notes]);

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.key.slice(h.key.indexOf(':') + 1));
/** The original characters a hit points at, read from the item's own text. */
function pointedAt(hit: SearchHit): string {
  const fields = itemFields(hit.item);
  const text = hit.field === 'title' ? fields.title : hit.field === 'tag' ? fields.tags[hit.tagIndex!]! : fields.text;
  return text.slice(hit.start, hit.end);
}
const all = (query: string): SearchHit[] => {
  const results = searchResearch(index, query);
  return [...results.documents, ...results.highlights, ...results.notes];
};

describe('searchResearch', () => {
  it.each([
    ['diacritics in the query', 'الأُمَمُ المُتَّحِدَةُ', ['الأمم المتحدة', 'المتحدة']],
    ['no hamza on the alef', 'اعلن', ['أعلن']],
    ['ة written as ه', 'المتحده', ['المتحدة', 'المُتَّحِدَةُ']],
    ['ئ written as ي', 'فايز', ['فايز', 'فائز']],
    ['ي written as ئ', 'فائز', ['فايز', 'فائز']],
    ['a bare query against a vocalised title', 'الولايات المتحدة', ['الولايات المتحدة', 'الوِلايَاتُ المُتَّحِدَةُ']],
  ])('matches %s: %s points at %j', (_case, query, originals) => {
    const hits = all(query);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(originals).toContain(pointedAt(hit));
  });

  it('finds a word in its prefixed and suffixed forms, every stemmed hit below every exact one', () => {
    const hits = searchResearch(index, 'قوات').documents;
    expect(hits.map((h) => [h.quality, pointedAt(h)])).toEqual([
      ['exact', 'قوات'],
      ['exact', 'قوات'],
      ['stem', 'القوات'],
      ['stem', 'للقوات'],
      ['stem', 'بقوات'],
    ]);
  });

  it.each([
    ['one letter wrong', 'المرتزفة'],
    ['two adjacent letters swapped', 'المرتقزة'],
    ['a letter missing', 'المرتزة'],
  ])('finds a five-letter word with %s (%s), as a near spelling', (_case, query) => {
    const hits = searchResearch(index, query).documents;
    // Four documents have the word itself (a fifth has only "مرتزقة": one slip from the stem of
    // "المرتزفة", two from the others').
    expect(hits.map(pointedAt).filter((word) => word === 'المرتزقة')).toHaveLength(4);
    for (const hit of hits) {
      expect(hit.quality).toBe('fuzzy');
      expect(pointedAt(hit)).toMatch(/مرتزقة$/);
    }
  });

  it.each([
    ['one letter wrong', 'الانسحاث'],
    ['two adjacent letters swapped', 'الانسحبا'],
  ])('finds a word with %s whose only form carries a prefix, through its stem (%s)', (_case, query) => {
    const small = createResearchIndex([note('prefixed', 'ملاحظة', 'وطالبت بالانسحاب الفوري')]);
    const hits = searchResearch(small, query).notes;
    expect(hits.map((h) => [h.quality, pointedAt(h)])).toEqual([['fuzzy', 'بالانسحاب']]);
  });

  it('tolerates no slip in a word shorter than five letters', () => {
    expect(all('قواث')).toEqual([]);
  });

  it('ranks an exact word above its other forms, and those above a misspelling, whatever the BM25 score', () => {
    const small = createResearchIndex([
      note('typo', 'ملاحظة', 'المرتزفة المرتزفة المرتزفة'),
      note('stem', 'ملاحظة', 'مرتزقة مرتزقة'),
      note('exact', 'ملاحظة', 'عن المرتزقة الأجانب والمندوبين العسكريين الذين جندتهم ومولتهم ونشرتهم ودعمتهم في ليبيا'),
    ]);
    expect(ids(searchResearch(small, 'المرتزقة').notes)).toEqual(['exact', 'stem', 'typo']);
  });

  it('looks for near spellings only while exact and stemmed hits are few', () => {
    const typo = note('typo', 'ملاحظة', 'عن المرتزفة');
    const exact = (count: number) => Array.from({ length: count }, (_, i) => note(`exact-${i}`, 'ملاحظة', 'عن المرتزقة'));
    const few = searchResearch(createResearchIndex([...exact(NEAR_SPELLINGS_BELOW - 1), typo]), 'المرتزقة');
    expect(few.counts.note).toBe(NEAR_SPELLINGS_BELOW);
    expect(few.notes.at(-1)!.quality).toBe('fuzzy');
    const many = searchResearch(createResearchIndex([...exact(NEAR_SPELLINGS_BELOW), typo]), 'المرتزقة');
    expect(many.counts.note).toBe(NEAR_SPELLINGS_BELOW);
    expect(many.notes.map((h) => h.quality)).not.toContain('fuzzy');
    // Misspelled, the query still finds all of them.
    expect(searchResearch(createResearchIndex([...exact(NEAR_SPELLINGS_BELOW), typo]), 'المرتزفة').counts.note).toBe(NEAR_SPELLINGS_BELOW + 1);
  });

  it('requires a quoted phrase as written, and points at the whole phrase', () => {
    const quoted = searchResearch(index, '"الأمم المتحدة"');
    expect(ids(quoted.documents)).toEqual(expect.arrayContaining(['000', '001', '002', '004']));
    expect(quoted.counts.document).toBe(4);
    for (const hit of quoted.documents) expect(pointedAt(hit)).toBe('الأمم المتحدة');
    expect(searchResearch(index, 'الأمم المتحدة').counts.document).toBe(5);
  });

  it('accepts a conjunction or preposition on the first word of a quoted phrase', () => {
    const hits = searchResearch(index, '"مجلس الأمن"').documents;
    expect(hits.map(pointedAt)).toContain('لمجلس الأمن');
    for (const hit of hits) expect(normalizeArabic(pointedAt(hit)).text).toMatch(/^\S*مجلس الامن$/);
  });

  it('boosts words found side by side in query order', () => {
    const small = createResearchIndex([note('apart', 'ملاحظة', 'المتحدة ثم الأمم'), note('together', 'ملاحظة', 'الأمم المتحدة')]);
    expect(ids(searchResearch(small, 'الأمم المتحدة').notes)).toEqual(['together', 'apart']);
  });

  it('lifts a hit with the words side by side from below the first page into it, and lists a first page as the top of the full list', () => {
    // Higher scored without the boost (the words twice each, apart), but not twice as high.
    const apart = Array.from({ length: 8 }, (_, i) => note(`apart${i}`, 'ملاحظة', 'المتحدة ثم الأمم والمتحدة ثم الأمم'));
    const small = createResearchIndex([...apart, note('together', 'ملاحظة', 'الأمم المتحدة')]);
    expect(ids(searchResearch(small, 'الأمم المتحدة', { limit: 1 }).notes)).toEqual(['together']);
    const queries = ['حكومة الوفاق', 'الأمم المتحدة', 'قوات حفتر', 'مجلس الأمن'];
    for (const query of queries) {
      const page = searchResearch(index, query, { limit: 3 });
      const full = searchResearch(index, query, { limit: 100 });
      for (const kind of ['documents', 'highlights', 'notes'] as const) expect(ids(page[kind])).toEqual(ids(full[kind]).slice(0, 3));
    }
  });

  it('leaves out items containing an excluded word in any form that shares its stem', () => {
    const hits = all('ليبيا -سوريا');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(all('ليبيا').length);
    for (const hit of hits) {
      const words = tokenizeArabic(itemFields(hit.item).text);
      expect(words.filter((w) => w.term === 'سوريا' || w.stem === 'سوريا')).toEqual([]);
    }
  });

  it('leaves out items containing an excluded phrase', () => {
    const hits = all('ليبيا -"جو بايدن"');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(all('ليبيا').length);
    for (const hit of hits) expect(normalizeArabic(itemFields(hit.item).text).text).not.toContain('جو بايدن');
  });

  it.each([
    ['a tag alone', 'tag:روسيا', ['h1']],
    ['a tag of two words with a word', 'tag:"الأمم المتحدة" ندعو', ['h1']],
    ['a tag whose highlight lacks the word', 'tag:روسيا السراج', []],
    ['a tag nobody used', 'tag:طوكيو', []],
  ])('restricts to highlights by %s', (_case, query, expected) => {
    const results = searchResearch(index, query);
    expect(ids(results.highlights)).toEqual(expected);
    expect(results.counts.document + results.counts.note).toBe(0);
  });

  it('groups hits by kind with counts, and keeps to the limit per kind', () => {
    const results = searchResearch(index, 'ليبيا', { limit: 2 });
    expect(results.counts).toEqual({ document: 5, highlight: 1, note: 1 });
    expect(results.documents).toHaveLength(2);
    expect(results.documents.every((h) => h.kind === 'document')).toBe(true);
    expect(ids(results.notes)).toEqual(['n1']);
  });

  it('keeps to a limit of its own for the kinds given one, the best first as without it; 0 only counts', () => {
    const all = searchResearch(index, 'ليبيا', { limit: 5 });
    const results = searchResearch(index, 'ليبيا', { limit: 5, limits: { document: 3, note: 0 } });
    expect(results.counts).toEqual({ document: 5, highlight: 1, note: 1 });
    expect(ids(results.documents)).toEqual(ids(all.documents).slice(0, 3));
    expect(results.highlights).toHaveLength(1);
    expect(results.notes).toEqual([]);
  });

  it.each([
    ['kinds', { kinds: ['note' as const] }, { document: 0, highlight: 0, note: 1 }],
    ['colours', { colors: ['green'] }, { document: 0, highlight: 1, note: 0 }],
    ['documents (a collection), keeping notes', { docIds: new Set(['002', '004']) }, { document: 2, highlight: 0, note: 1 }],
  ])('filters by %s', (_case, options, counts) => {
    expect(searchResearch(index, 'السراج', options).counts).toEqual(counts);
  });

  it('weighs a title above the text, and the researcher’s own note above a document', () => {
    const small = createResearchIndex([
      note('in-text', 'ملاحظة', 'حكومة الوفاق الوطني'),
      note('in-title', 'حكومة الوفاق', 'ملاحظة'),
      { kind: 'document', docId: 'd', title: 'ملاحظة', text: 'حكومة الوفاق الوطني' },
    ]);
    const results = searchResearch(small, 'الوفاق');
    expect(ids(results.notes)).toEqual(['in-title', 'in-text']);
    expect(results.notes[0]!.field).toBe('title');
    expect(results.notes[1]!.score).toBeGreaterThan(results.documents[0]!.score);
  });

  it.each(['الأمم المتحدة', 'قوات', 'فائز', 'المرتقزة', '"وقف إطلاق النار"', 'tag:مرتزقة', 'الولايات'])(
    'gives offsets and an excerpt that are exactly the original text for %s',
    (query) => {
      const hits = all(query);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.excerpt.match).toBe(pointedAt(hit));
        expect(hit.end).toBeGreaterThan(hit.start);
      }
    },
  );

  it('returns nothing for an empty query or one that only excludes', () => {
    expect(all('')).toEqual([]);
    expect(all('-ليبيا')).toEqual([]);
  });

  it('locates ranked hits in their texts as they are now, and says so when one has left the index since', () => {
    const own = createResearchIndex([...documents, ...notes]);
    const ranked = rankResearch(own, 'القوات');
    expect(locateHits(own, ranked)).toEqual(searchResearch(own, 'القوات'));
    removeItem(own, 'note:n1');
    expect(locateHits(own, ranked)).toBeNull();
  });
});
