import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../corpus/parse-corpus';
import { parseQuery } from './parse-query';
import { createResearchIndex, replaceItem } from './research-index';
import type { ResearchItem } from './research-items';
import { searchResearch } from './search-research';
import { intersectWords, keyOfShortId, scoreOrQuery } from './word-hits';
import { FIELD_BOOST, wordQuery } from './word-query';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const documents = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => parseCorpusText(name.slice(0, 3), name, readFileSync(new URL(name, SEEDS_DIR), 'utf8')));
const sentences = documents.flatMap((d) => d.text.split(/[.\n]/).map((s) => s.trim()).filter((s) => s.split(' ').length > 4));
// Corpus passages as documents, highlights and notes, so that common words have hundreds of hits.
const items: ResearchItem[] = [
  ...documents.map((d): ResearchItem => ({ kind: 'document', docId: d.id, title: d.title, text: d.text })),
  ...sentences.map((quote, i): ResearchItem => ({ kind: 'highlight', highlightId: `h${i}`, docId: documents[i % documents.length]!.id, quote, tags: i % 3 ? [] : ['ليبيا'], color: 'yellow' })),
  ...sentences.map((text, i): ResearchItem => ({ kind: 'note', noteId: `n${i}`, title: sentences[(i * 7) % sentences.length]!.split(' ').slice(0, 4).join(' '), text })),
];

interface Ranked {
  key: string;
  score: number;
  matched: string[];
}

/** Best first; equal scores (identical items) by key, so both lists read the same. */
const ranked = (list: Ranked[]): Ranked[] => [...list].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));

function viaMiniSearch(index: ReturnType<typeof createResearchIndex>, words: string[], tolerant: boolean): Ranked[] {
  const results = index.miniSearch.search({ combineWith: 'AND', queries: words.map((w) => wordQuery(w, tolerant)) }, { boost: FIELD_BOOST });
  return ranked(results.map((r) => ({ key: r.id as string, score: r.score, matched: [...r.terms].sort() })));
}

function viaWordHits(index: ReturnType<typeof createResearchIndex>, words: string[], tolerant: boolean): Ranked[] {
  const hits = intersectWords(words.map((w) => scoreOrQuery(index.miniSearch, wordQuery(w, tolerant), { boost: FIELD_BOOST })));
  return ranked([...hits].map(([id, hit]) => ({ key: keyOfShortId(index.miniSearch, id), score: hit.score, matched: [...hit.matched].sort() })));
}

function expectSameRanking(fast: Ranked[], reference: Ranked[]): void {
  expect(fast.map((r) => r.key).sort()).toEqual(reference.map((r) => r.key).sort());
  expect(fast.slice(0, 10).map((r) => r.key)).toEqual(reference.slice(0, 10).map((r) => r.key));
  const byKey = new Map(reference.map((r) => [r.key, r]));
  for (const hit of fast) {
    const expected = byKey.get(hit.key)!;
    expect(hit.score).toBeCloseTo(expected.score, 9);
    // The matched terms decide exact / stem / near spelling.
    expect(hit.matched).toEqual(expected.matched);
  }
}

describe('word hits scored as MiniSearch scores them', () => {
  const index = createResearchIndex(items);

  it.each([
    ['a common word', 'ليبيا', false],
    ['a word found mostly through its forms', 'قوات', false],
    ['two words', 'حكومة الوفاق', false],
    ['three words', 'انسحاب القوات الأجنبية', false],
    ['a word with diacritics', 'المُتَّحِدَةُ', false],
    ['a misspelling, with near spellings', 'المرتزفة', true],
    ['two adjacent letters swapped', 'الانسحبا', true],
    ['a correct word with near spellings too', 'طرابلس', true],
    ['a word and a misspelling', 'قوات المرتزفة', true],
  ])('ranks %s (%s) the same, every hit with the same score and matched terms', (_case, query, tolerant) => {
    const words = parseQuery(query).terms;
    const reference = viaMiniSearch(index, words, tolerant);
    expect(reference.length).toBeGreaterThan(0);
    expectSameRanking(viaWordHits(index, words, tolerant), reference);
  });

  it('finds nothing when one word is found nowhere', () => {
    expect(viaWordHits(index, ['ليبيا', 'زعفرانيه'], false)).toEqual([]);
  });

  it('leaves out replaced items as MiniSearch does', () => {
    const changed = createResearchIndex(items);
    replaceItem(changed, { kind: 'note', noteId: 'n0', title: 'ملاحظة', text: 'لا شيء هنا' });
    replaceItem(changed, { kind: 'note', noteId: 'n1', title: 'ملاحظة', text: 'ليبيا' });
    const fast = viaWordHits(changed, ['ليبيا'], false).map((r) => r.key);
    expect(fast.sort()).toEqual(viaMiniSearch(changed, ['ليبيا'], false).map((r) => r.key).sort());
    expect(fast).toContain('note:n1');
  });
});

describe('searchResearch with words kept across keystrokes', () => {
  it('finds a changed item by a word searched before the change', () => {
    const index = createResearchIndex(items);
    expect(searchResearch(index, 'زعفرانية').counts.note).toBe(0);
    expect(searchResearch(index, 'ليبيا', { limit: Infinity }).notes.some((h) => h.key === 'note:n0')).toBe(true); // its text normalised and kept
    replaceItem(index, { kind: 'note', noteId: 'n0', title: 'ملاحظة', text: 'زعفرانية في ليبيا' });
    const [hit] = searchResearch(index, 'زعفرانية').notes;
    expect(hit!.key).toBe('note:n0');
    // The excerpt is from the new text, not from the old one kept for the last search.
    expect(hit!.excerpt.parts.map((p) => [p.text, p.marked])).toEqual([
      ['زعفرانية', true],
      [' في ليبيا', false],
    ]);
  });

  it('counts an item added after its words were searched', () => {
    const index = createResearchIndex(items);
    const before = searchResearch(index, 'حكومة الوفاق').counts.note;
    replaceItem(index, { kind: 'note', noteId: 'new', title: 'جديدة', text: 'حكومة الوفاق' });
    expect(searchResearch(index, 'حكومة الوفاق').counts.note).toBe(before + 1);
  });

  it('lists the same as a fresh index when typed letter by letter', () => {
    const typed = createResearchIndex(items);
    const query = 'انسحاب القوات';
    for (let i = 1; i < query.length; i++) searchResearch(typed, query.slice(0, i));
    const keys = (r: ReturnType<typeof searchResearch>) => [...r.documents, ...r.highlights, ...r.notes].map((h) => [h.key, h.start, h.end]);
    expect(keys(searchResearch(typed, query))).toEqual(keys(searchResearch(createResearchIndex(items), query)));
  });
});
