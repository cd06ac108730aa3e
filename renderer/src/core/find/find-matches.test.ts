import { describe, expect, it } from 'vitest';
import { findableText, findMatches, matchAtOrAfter } from './find-matches';

// From the corpus (a news article on Libya), with diacritics and a tatweel added in places.
const TEXT = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا. وقال ميلز: “ندعو جميع الأطراف الخارجية إلى احترام السيادة اللّيبيّة”. رئيس البعثة الأمريكية لدى الأمم المتحـدة.';

const found = (query: string, text = TEXT) => findMatches(findableText(text), query).matches.map((m) => text.slice(m.start, m.end));

describe('findMatches', () => {
  it('finds every occurrence, in order, as the original text', () => {
    expect(found('المتحدة')).toEqual(['المتحدة', 'المتحـدة']);
  });

  it('ignores diacritics, tatweel, hamza seats and the ة/ه and ى/ي spellings both ways', () => {
    expect(found('الليبية')).toEqual(['اللّيبيّة']);
    expect(found('الى')).toEqual(['إلى', 'إلى']);
    expect(found('رييس')).toEqual(['رئيس']);
    expect(found('البعثه')).toEqual(['البعثة']);
  });

  it('keeps the diacritics of the last letter inside the match, and nothing before the first', () => {
    const text = 'قالَ العلماءُ: العِلْمُ نورٌ';
    expect(found('العلم', text)).toEqual(['العلماءُ'.slice(0, 5), 'العِلْمُ']);
  });

  it('matches a phrase across a line break or several spaces', () => {
    expect(found('الأمم المتحدة', 'الأمم\n  المتحدة والأمم المتحدة')).toEqual(['الأمم\n  المتحدة', 'الأمم المتحدة']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(found('')).toEqual([]);
    expect(found('  ')).toEqual([]);
    expect(found('طرابلس')).toEqual([]);
  });

  it('stops at the limit and says so', () => {
    const result = findMatches(findableText('ا ا ا ا ا'), 'ا', 3);
    expect(result.matches).toHaveLength(3);
    expect(result.truncated).toBe(true);
    expect(findMatches(findableText('ا ا ا'), 'ا', 3).truncated).toBe(false);
  });
});

describe('matchAtOrAfter', () => {
  const matches = [
    { start: 10, end: 14 },
    { start: 50, end: 54 },
    { start: 90, end: 94 },
  ];

  it('is the first match at or after the offset, wrapping to the first past the last', () => {
    expect(matchAtOrAfter(matches, 0)).toBe(0);
    expect(matchAtOrAfter(matches, 50)).toBe(1);
    expect(matchAtOrAfter(matches, 51)).toBe(2);
    expect(matchAtOrAfter(matches, 95)).toBe(0);
    expect(matchAtOrAfter([], 5)).toBe(0);
  });
});
