import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize-arabic';
import type { CorpusDocument } from '../corpus/corpus-types';
import { parseCorpusText } from '../corpus/parse-corpus';
import { countResults, createSearchIndex, search, searchableQuery } from './search-corpus';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const documents: CorpusDocument[] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => parseCorpusText(name.replace(/\.txt$/, ''), name, readFileSync(new URL(name, SEEDS_DIR), 'utf8')));
const index = createSearchIndex(documents);
const textOf = (docId: string): string => documents.find((d) => d.id === docId)!.text;

/** Every match as `docId: original text`, in result order. */
function found(query: string): string[] {
  return search(index, query).flatMap((r) => r.matches.map((m) => `${r.docId.slice(0, 3)}: ${textOf(r.docId).slice(m.start, m.end)}`));
}

describe('search', () => {
  it.each([
    ['ة written as ه', 'الأمم المتحده', 'الأمم المتحدة'],
    ['no hamza on the alef', 'اعلن', 'أعلن'],
    ['diacritics in the query', 'الأُمَمُ المُتَّحِدَةُ', 'الأمم المتحدة'],
    ['a tatweel in the query', 'الأمـــم', 'الأمم'],
    ['diacritics in the text only', 'مذكرا', 'مُذكّراً'],
    ['a shadda in the text only', 'وشدد', 'وشدّد'],
    ['Arabic-Indic digits', '١٣٠٠', '1300'],
    ['Latin in capitals', 'TRT', 'TRT'],
    ['Latin in lower case', 'trt', 'TRT'],
    ['a phrase typed with extra spaces', '  الأمم    المتحدة ', 'الأمم المتحدة'],
    ['typographic quotes typed plainly', '"صليبيون عثمانيون"', '“صليبيون عثمانيون”'],
  ])('matches %s: %s finds %s', (_name, query, original) => {
    const hits = found(query);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.slice(5)).toBe(original);
  });

  it('finds the United Nations in four documents, in corpus order, grouped by document', () => {
    const results = search(index, 'الامم المتحده');
    // 001 names it a fifth time as a tag, which is not searched.
    expect(results.map((r) => [r.docId.slice(0, 3), r.total])).toEqual([
      ['000', 2],
      ['001', 4],
      ['002', 1],
      ['004', 1],
    ]);
    expect(countResults(results)).toEqual({ matches: 8, documents: 4 });
    for (const result of results) {
      const starts = result.matches.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('reports offsets into the original text, diacritics of the last letter included', () => {
    const [result] = search(index, 'مذكرا');
    const match = result!.matches[0]!;
    const text = textOf(result!.docId);
    expect(text.slice(match.start, match.end)).toBe('مُذكّراً');
    expect(match.excerpt.match).toBe('مُذكّراً');
  });

  it('every match normalises to the query', () => {
    for (const query of ['في ليبيا', 'الولايات المتحدة', 'حفتر', '2020', 'اميركية']) {
      const needle = normalizeArabic(query).text;
      for (const result of search(index, query)) {
        for (const m of result.matches) expect(normalizeArabic(textOf(result.docId).slice(m.start, m.end)).text).toBe(needle);
      }
    }
  });

  it.each([
    ['site chrome', 'تابعنا'],
    ['a "most read" box', 'الأكثر تداولا'],
    ['a byline', 'بومنجل'],
    ['a source line alone', 'TRT عربي - وكالات'],
  ])('never looks in %s', (_name, query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('looks in a title line, with offsets into the file text', () => {
    const results = search(index, 'رهين بكبح');
    expect(results.map((r) => r.docId)).toEqual(['003_a77fd7e03d334798']);
    const title = documents[3]!.blocks.find((b) => b.kind === 'title')!;
    const match = results[0]!.matches[0]!;
    expect(match.start).toBeGreaterThanOrEqual(title.start);
    expect(match.end).toBeLessThanOrEqual(title.end);
  });

  it('matches a phrase across any run of whitespace and tatweel in the text', () => {
    const text = 'قال مندوب   الأمم\u00a0\u00a0المتحـــدة إن الهدنة صامدة.\n';
    const doc = parseCorpusText('x', 'x.txt', text);
    const [result] = search(createSearchIndex([doc]), 'الأمم المتحدة');
    const match = result!.matches[0]!;
    expect(text.slice(match.start, match.end)).toBe('الأمم\u00a0\u00a0المتحـــدة');
  });

  it('does not run a phrase from one paragraph into the next', () => {
    const text = 'كانت الجلسة في مجلس الأمن.\nالدولي يناقش الملف الليبي اليوم.\n';
    expect(search(createSearchIndex([parseCorpusText('x', 'x.txt', text)]), 'الأمن الدولي')).toEqual([]);
  });

  it.each([
    ['an empty query', ''],
    ['whitespace only', '  \t '],
    ['diacritics only', 'َُ'],
    ['one letter', 'ل'],
    ['one letter with a hamza', 'أ'],
  ])('returns nothing for %s', (_name, query) => {
    expect(search(index, query)).toEqual([]);
    expect(searchableQuery(query)).toBeNull();
  });

  it('searches for a single digit, Arabic-Indic or not', () => {
    expect(search(index, '٧').length).toBeGreaterThan(0);
    expect(search(index, '٧')).toEqual(search(index, '7'));
  });

  it('lists at most `limit` matches per document but counts them all', () => {
    const all = search(index, 'في');
    const capped = search(index, 'في', { limit: 3 });
    expect(capped.map((r) => r.total)).toEqual(all.map((r) => r.total));
    for (const result of capped) expect(result.matches.length).toBe(Math.min(3, result.total));
    expect(all.some((r) => r.total > 3)).toBe(true);
  });
});

describe('excerpts', () => {
  const results = search(index, 'ليبيا');

  it('show the original text around the match, cut between words', () => {
    for (const result of results) {
      const text = textOf(result.docId);
      for (const { start, end, excerpt } of result.matches) {
        expect(excerpt.match).toBe(text.slice(start, end));
        const before = excerpt.before.replace(/^…/, '');
        const after = excerpt.after.replace(/…$/, '');
        expect(before.length).toBeLessThanOrEqual(40);
        expect(after.length).toBeLessThanOrEqual(40);
        expect(text.slice(0, start).endsWith(before)).toBe(true);
        expect(text.slice(end).startsWith(after)).toBe(true);
        // A cut excerpt starts and ends on a whole word.
        if (excerpt.before.startsWith('…')) expect(text[start - before.length - 1]).toMatch(/\s/);
        if (excerpt.after.endsWith('…')) expect(text[end + after.length]).toMatch(/\s/);
      }
    }
  });

  it('stay inside the block the match is in', () => {
    const doc = documents[0]!;
    const first = search(index, 'دعت الولايات')[0]!.matches[0]!;
    expect(first.start).toBe(doc.blocks[0]!.start);
    expect(first.excerpt.before).toBe('');
    const lastBlock = doc.blocks.at(-1)!;
    const last = search(index, 'والانسحاب من هذا البلد.')[0]!.matches[0]!;
    expect(last.end).toBe(lastBlock.end);
    expect(last.excerpt.after).toBe('');
  });
});
