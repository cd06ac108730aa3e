import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptAround, locateBestMatch, type MatchTargets } from './locate-match';

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
