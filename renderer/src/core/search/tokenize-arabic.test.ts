import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { normalizedTerms, tokenizeArabic } from './tokenize-arabic';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8'));

/** Each token as the original characters it covers. */
const originals = (text: string): string[] => tokenizeArabic(text).map((t) => text.slice(t.start, t.end));

describe('tokenizeArabic', () => {
  it.each([
    ['a fully vocalised phrase, diacritics kept on each word', 'دَعَتِ الوِلايَاتُ المُتَّحِدَةُ', ['دَعَتِ', 'الوِلايَاتُ', 'المُتَّحِدَةُ']],
    ['tanween and shadda at the end of a word', 'فوراً دوليّاً', ['فوراً', 'دوليّاً']],
    ['a tatweel inside a word', 'الليبيــة', ['الليبيــة']],
    ['a tatweel after a one-letter prefix, kept with it', 'بـ “احترام', ['بـ', 'احترام']],
    ['a tatweel carrying a kasra at the end of a word', 'بـِ احترام', ['بـِ', 'احترام']],
    ['typographic quotes and the Arabic comma', '“ندعو جميع الأطراف الخارجية ، بما في ذلك', ['ندعو', 'جميع', 'الأطراف', 'الخارجية', 'بما', 'في', 'ذلك']],
    ['a slash and a full stop', 'أكتوبر / تشرين الأول.', ['أكتوبر', 'تشرين', 'الأول']],
    ['a dash between words', 'الليبية – التي', ['الليبية', 'التي']],
    ['Latin and digits', 'وكالة (AP) في 23 يناير', ['وكالة', 'AP', 'في', '23', 'يناير']],
    ['a zero-width non-joiner inside a word', 'لا\u200Cحل', ['لا\u200Cحل']],
    ['guillemets and the Arabic question mark', '«القائم» لماذا؟', ['القائم', 'لماذا']],
  ])('splits %s', (_case, text, expected) => {
    expect(originals(text)).toEqual(expected);
  });

  it('gives each word its normalised term and its stem', () => {
    expect(tokenizeArabic('والقواتُ الروسيّة')).toEqual([
      { term: 'والقوات', stem: 'قوات', start: 0, end: 8 },
      { term: 'الروسيه', stem: 'روس', start: 9, end: 17 },
    ]);
  });

  it('leaves a bare diacritic or punctuation alone as no word at all', () => {
    expect(tokenizeArabic(' ، – ً … ')).toEqual([]);
  });

  it.each(seeds.map((text, i) => [i, text] as const))(
    'maps every word of seed %i back to exactly its original characters',
    (_i, text) => {
      const tokens = tokenizeArabic(text);
      expect(tokens.length).toBeGreaterThan(300);
      let previousEnd = 0;
      for (const token of tokens) {
        const original = text.slice(token.start, token.end);
        expect(normalizeArabic(original).text).toBe(token.term);
        expect(token.start).toBeGreaterThanOrEqual(previousEnd);
        // Nothing of the word is left outside: no letter or mark touches it on either side.
        expect(text.slice(Math.max(0, token.start - 1), token.start)).not.toMatch(/[\p{L}\p{N}]/u);
        expect(text.slice(token.end, token.end + 1)).not.toMatch(/[\p{L}\p{N}\p{M}]/u);
        previousEnd = token.end;
      }
      expect(tokens.map((t) => t.term)).toEqual(normalizedTerms(text));
    },
  );
});
