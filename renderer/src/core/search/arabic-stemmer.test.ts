import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { isProcliticForm, MIN_STEM_LENGTH, stemArabic } from './arabic-stemmer';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const corpus = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8'))
  .join('\n');
const corpusWords = [...new Set(normalizeArabic(corpus).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];

/** Stems a word as search does: normalised first. */
const stem = (word: string): string => stemArabic(normalizeArabic(word).text);

describe('stemArabic', () => {
  it.each([
    ['the article', 'الأجانب', 'اجانب'],
    ['the conjunction and the article', 'والأمم', 'امم'],
    ['the preposition fused with the article', 'للقوات', 'قوات'],
    ['ب with the article', 'بالإدارة', 'ادار'],
    ['a one-letter preposition when four letters remain', 'لمجلس', 'مجلس'],
    ['the conjunction before a verb', 'وقال', 'قال'],
    ['the pronoun ها', 'قواتها', 'قوات'],
    ['the feminine ending (ة, normalised to ه)', 'المتحدة', 'متحد'],
    ['the nisba ending ية', 'الروسية', 'روس'],
    ['the masculine plural ين and then the nisba ي', 'العسكريين', 'عسكر'],
    ['the feminine plural ات', 'الإمارات', 'امار'],
    ['ب and the feminine ending', 'بسرعة', 'سرع'],
  ])('takes off %s: %s → %s', (_rule, word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['a one-letter preposition when only three letters would remain', 'بلاد', 'بلاد'],
    ['ك from a short word that begins with it', 'كتاب', 'كتاب'],
    ['an ending that would leave two letters', 'للقوات', 'قوات'],
    ['the article from a word of four letters or fewer', 'الحق', 'الحق'],
    ['a conjunction that would leave two letters', 'وقف', 'وقف'],
    ['a word with no affix', 'انتهاء', 'انتهاء'],
    ['Latin words', 'africom', 'africom'],
    ['numbers', '2020', '2020'],
  ])('leaves alone %s: %s → %s', (_rule, word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['the Russian forms', ['الروسية', 'والروسية', 'روسية']],
    ['the Libyan forms', ['الليبية', 'الليبيين', 'ليبي']],
    ['the forces', ['القوات', 'للقوات', 'قواتها', 'وقوات']],
    ['the military', ['العسكري', 'العسكريين', 'عسكرية']],
    ['the hamza and the ئ/ي spellings of a name', ['فائز', 'فايز']],
    ['the nations', ['الأمم', 'للأمم', 'والأمم']],
  ])('gives one stem to %s', (_name, words) => {
    expect(new Set(words.map(stem)).size).toBe(1);
  });

  it('never leaves fewer than three letters, and only ever cuts a word at its ends, over every corpus word', () => {
    expect(corpusWords.length).toBeGreaterThan(1000);
    for (const word of corpusWords) {
      const result = stemArabic(word);
      expect(word).toContain(result);
      expect(result.length).toBeGreaterThanOrEqual(Math.min(word.length, MIN_STEM_LENGTH));
    }
  });
});

describe('isProcliticForm', () => {
  it.each([
    ['the word itself', 'الامم', 'الامم', true],
    ['a conjunction', 'والامم', 'الامم', true],
    ['a preposition', 'لمجلس', 'مجلس', true],
    ['a conjunction and a preposition', 'وبمجلس', 'مجلس', true],
    ['ل fused with the article', 'للامم', 'الامم', true],
    ['a conjunction and ل fused with the article', 'وللامم', 'الامم', true],
    ['another letter in front', 'تمجلس', 'مجلس', false],
    ['the article, which is part of the phrase as typed', 'المجلس', 'مجلس', false],
    ['a shorter word', 'مجلس', 'لمجلس', false],
  ])('tells %s: %s for %s → %s', (_case, term, word, expected) => {
    expect(isProcliticForm(term, word)).toBe(expected);
  });
});
