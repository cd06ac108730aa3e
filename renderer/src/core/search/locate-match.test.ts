import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { isProcliticForm, stemArabic } from './arabic-stemmer';
import { excerptAround, locateBestMatch, type MatchTargets } from './locate-match';
import { originalWordRange, wordsOf, type NormalizedWord } from './tokenize-arabic';

const seed = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');
const paragraph = seed.split('\n')[0]!;

const targets = (partial: Partial<MatchTargets>): MatchTargets => ({
  phrases: [],
  exact: new Set(),
  stems: new Set(),
  fuzzy: new Set(),
  ...partial,
});

/** The original characters of the best match in each text list. */
function located(texts: string[], partial: Partial<MatchTargets>): [number, string] | null {
  const found = locateBestMatch(texts, targets(partial));
  return found && [found.which, texts[found.which]!.slice(found.start, found.end)];
}

describe('locateBestMatch', () => {
  it.each<[string, string[], Partial<MatchTargets>, [number, string] | null]>([
    ['an exact word, the first one in the text', [paragraph], { exact: new Set(['المتحده']) }, [0, 'المتحدة']],
    ['a phrase before an earlier lone word', [paragraph], { phrases: [['الامم', 'المتحده']], exact: new Set(['المتحده']) }, [0, 'الأمم المتحدة']],
    ['an exact word before an earlier stem match', [paragraph], { exact: new Set(['الروسيه']), stems: new Set(['متحد']) }, [0, 'الروسية']],
    ['a stem when no exact word is there', [paragraph], { exact: new Set(['متحده']), stems: new Set(['متحد']) }, [0, 'المتحدة']],
    ['a near spelling last', [paragraph], { exact: new Set(['الفوزي']), fuzzy: new Set(['الفوري']) }, [0, 'الفوري']],
    ['an exact match in the second text before a stem in the first', ['قوات روسية', 'الروسية'], { exact: new Set(['الروسيه']), stems: new Set(['روس']) }, [1, 'الروسية']],
    ['the word with its diacritics', ['دَعَتِ الوِلايَاتُ المُتَّحِدَةُ'], { phrases: [['الولايات', 'المتحده']] }, [0, 'الوِلايَاتُ المُتَّحِدَةُ']],
    ['nothing', [paragraph], { exact: new Set(['طوكيو']) }, null],
  ])('finds %s', (_case, texts, partial, expected) => {
    expect(located(texts, partial)).toEqual(expected);
  });
});

/** The plain way: every word of each text in turn (what `locateBestMatch` must agree with). */
function locateWordByWord(texts: readonly string[], targets: MatchTargets) {
  const phraseAt = (words: NormalizedWord[], i: number, phrase: readonly string[]) =>
    isProcliticForm(words[i]!.term, phrase[0]!) && phrase.every((word, k) => k === 0 || words[i + k]?.term === word);
  const ways: ((words: NormalizedWord[], i: number) => number)[] = [
    ...targets.phrases.filter((p) => p.length > 1).map((phrase) => (words: NormalizedWord[], i: number) => (phraseAt(words, i, phrase) ? phrase.length : 0)),
    (words, i) => (targets.exact.has(words[i]!.term) ? 1 : 0),
    (words, i) => (targets.stems.has(stemArabic(words[i]!.term)) ? 1 : 0),
    (words, i) => (targets.fuzzy.has(words[i]!.term) ? 1 : 0),
  ];
  for (const way of ways) {
    for (let which = 0; which < texts.length; which++) {
      const normalized = normalizeArabic(texts[which]!);
      const words = wordsOf(normalized.text);
      for (let i = 0; i < words.length; i++) {
        const length = way(words, i);
        if (length === 0) continue;
        const last = words[i + length - 1]!;
        return { ...originalWordRange(texts[which]!, normalized, words[i]!.at, last.at + last.term.length), which };
      }
    }
  }
  return null;
}

describe('locateBestMatch against a word-by-word reading', () => {
  const vocabulary = ['الأمم', 'للأمم', 'والأمم', 'المتحدة', 'المُتَّحِدَةُ', 'متحدة', 'الامم', 'قوات', 'القوات', 'بقوات', 'مرتزقة', 'المرتزقة', 'فائز', 'فايز', 'السراج'];
  const separators = [' ', '، ', '\n', ' - ', '  ', '. ', 'ـ '];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 12 })
    .map((parts) => parts.map(([word, separator]) => word + separator).join(''));
  const normalizedWord = fc.constantFrom(...vocabulary).map((w) => normalizeArabic(w).text);
  const targetsArb = fc.record({
    phrases: fc.array(fc.array(normalizedWord, { minLength: 2, maxLength: 3 }), { maxLength: 2 }),
    exact: fc.array(normalizedWord, { maxLength: 2 }).map((w) => new Set(w)),
    stems: fc.array(normalizedWord, { maxLength: 2 }).map((w) => new Set(w.map(stemArabic))),
    fuzzy: fc.array(normalizedWord, { maxLength: 1 }).map((w) => new Set(w)),
  });

  it('finds the same place in the same text for any texts and targets', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), targetsArb, (texts, targets) => {
        expect(locateBestMatch(texts, targets)).toEqual(locateWordByWord(texts, targets));
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, string, string[]]>([
    ['a phrase across punctuation', 'قالت الأمم، المتحدة إن', ['الامم', 'المتحده']],
    ['a phrase whose first word carries ل before the article', 'رسالة للأمم المتحدة', ['الامم', 'المتحده']],
  ])('finds %s', (_case, written, phrase) => {
    const found = locateBestMatch([written], targets({ phrases: [phrase] }));
    expect(found).toEqual(locateWordByWord([written], targets({ phrases: [phrase] })));
    expect(found).not.toBeNull();
  });
});

describe('excerptAround', () => {
  it('shows about forty characters either side, cut between words, with the match as written', () => {
    const start = seed.indexOf('ريتشارد ميلز');
    const excerpt = excerptAround(seed, start, start + 'ريتشارد ميلز'.length);
    expect(excerpt).toEqual({
      before: '…البعثة الأمريكية لدى الأمم المتحدة ، ',
      match: 'ريتشارد ميلز',
      after: ' جونيور ، بعد انتهاء المهلة المحددة في…',
    });
  });

  it('stops at the line a match is in, without an ellipsis there', () => {
    const text = 'سطر أول\nندعو جميع الأطراف\nسطر ثالث';
    const start = text.indexOf('جميع');
    expect(excerptAround(text, start, start + 4)).toEqual({ before: 'ندعو ', match: 'جميع', after: ' الأطراف' });
  });
});
