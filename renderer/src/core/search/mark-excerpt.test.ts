import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { stemArabic } from './arabic-stemmer';
import { locateBestMatch, type MatchTargets } from './locate-match';
import { markExcerpt, type ExcerptPart } from './mark-excerpt';
import { parseQuery } from './parse-query';
import { createResearchIndex } from './research-index';
import { searchResearch } from './search-research';

/** What a query looks for, as `search-research.ts` builds it (without near spellings unless given). */
function targetsOf(query: string, fuzzy: string[] = []): MatchTargets {
  const { terms } = parseQuery(query);
  return {
    phrases: terms.length > 1 ? [terms] : [],
    exact: new Set(terms),
    stems: new Set(terms.flatMap((t) => [t, stemArabic(t)])),
    fuzzy: new Set(fuzzy),
  };
}

function partsFor(text: string, query: string, fuzzy: string[] = []): ExcerptPart[] {
  const targets = targetsOf(query, fuzzy);
  const best = locateBestMatch([text], targets)!;
  return markExcerpt(text, normalizeArabic(text), best, targets);
}

const marked = (parts: ExcerptPart[]): string[] => parts.filter((p) => p.marked).map((p) => p.text);

// From seeds/001: a sentence of the corpus, and the same with tashkeel written in.
const SENTENCE = 'علاوة على ذلك ، لا يزال الآلاف من المرتزقة الروس والسوريين وجنوب الصحراء الأفريقية ، وكذلك القوات التركية ، في ليبيا في انتهاك لاتفاق وقف إطلاق النار';
const VOCALISED = 'لا يَزالُ الآلافُ مِنَ المُرْتَزِقَةِ الرُّوسِ في لِيبْيا، في انْتِهاكٍ لاتِّفاقِ وَقْفِ إطْلاقِ النّارِ';

describe('markExcerpt', () => {
  it.each([
    ['two words apart, both marked', SENTENCE, 'المرتزقة الصحراء', ['المرتزقة', 'الصحراء']],
    ['two words side by side, marked as one phrase', SENTENCE, 'المرتزقة الروس', ['المرتزقة الروس']],
    ['a word in its prefixed form (stem)', SENTENCE, 'قوات ليبيا', ['القوات', 'ليبيا']],
    ['words written with tashkeel, marked as written', VOCALISED, 'المرتزقة ليبيا', ['المُرْتَزِقَةِ', 'لِيبْيا']],
    ['a bare phrase against a vocalised one', VOCALISED, 'وقف اطلاق النار', ['وَقْفِ إطْلاقِ النّارِ']],
  ])('marks %s', (_case, text, query, expected) => {
    expect(marked(partsFor(text, query))).toEqual(expected);
  });

  it('marks a near spelling that found the hit', () => {
    expect(marked(partsFor(SENTENCE, 'الصحراء', ['المرتزقه']))).toEqual(['المرتزقة', 'الصحراء']);
  });

  it('gives every marked part exactly the original characters at its offsets', () => {
    for (const [text, query] of [
      [SENTENCE, 'قوات ليبيا التركية'],
      [VOCALISED, 'المرتزقة ليبيا الروس'],
    ] as const) {
      const parts = partsFor(text, query);
      expect(marked(parts).length).toBeGreaterThanOrEqual(3);
      for (const part of parts.filter((p) => p.marked)) expect(text.slice(part.start, part.end)).toBe(part.text);
    }
  });

  it('reads as the excerpt: the parts in order, plain text collapsed, "…" where it is cut', () => {
    const parts = partsFor(SENTENCE, 'القوات');
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.replace(/…/g, '')).toBe(SENTENCE.slice(parts[1]!.start, parts.at(-2)!.end).replace(/\s+/g, ' ').trim());
    expect(parts.map((p) => p.start)).toEqual([...parts.map((p) => p.start)].sort((a, b) => a - b));
  });

  it('leaves words that are no form of a query word unmarked', () => {
    expect(marked(partsFor(SENTENCE, 'الروس'))).toEqual(['الروس']);
  });
});

describe('search hits with every matched word marked', () => {
  it('marks both words of a query in a highlight found by them', () => {
    const index = createResearchIndex([{ kind: 'highlight', highlightId: 'h', docId: 'd', quote: VOCALISED, tags: [], color: 'yellow' }]);
    const [hit] = searchResearch(index, 'ليبيا المرتزقة').highlights;
    expect(marked(hit!.excerpt.parts)).toEqual(['المُرْتَزِقَةِ', 'لِيبْيا']);
    expect(hit!.excerpt.match).toBe(VOCALISED.slice(hit!.start, hit!.end));
  });
});
