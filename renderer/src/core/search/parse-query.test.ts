import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';

const none: ParsedQuery = { terms: [], phrases: [], excluded: [], tags: [] };

describe('parseQuery', () => {
  it.each<[string, string, Partial<ParsedQuery>]>([
    ['plain words, normalised', 'الأمم المتحدة', { terms: ['الامم', 'المتحده'] }],
    ['diacritics and tatweel dropped', 'الوِلايَاتُ الليبيــة', { terms: ['الولايات', 'الليبيه'] }],
    ['punctuation between words', 'روسيا، تركيا؟', { terms: ['روسيا', 'تركيا'] }],
    ['a phrase in straight quotes', '"الأمم المتحدة"', { phrases: ['الامم المتحده'] }],
    ['a phrase in typographic quotes', '“صليبيون عثمانيون”', { phrases: ['صليبيون عثمانيون'] }],
    ['a phrase in guillemets', '«وقف إطلاق النار»', { phrases: ['وقف اطلاق النار'] }],
    ['a phrase and words around it', 'ميلز "مجلس الأمن" الدولي', { terms: ['ميلز', 'الدولي'], phrases: ['مجلس الامن'] }],
    ['a quote left open runs to the end', 'قال "وقف إطلاق', { terms: ['قال'], phrases: ['وقف اطلاق'] }],
    ['an excluded word', 'المرتزقة -سوريا', { terms: ['المرتزقه'], excluded: ['سوريا'] }],
    ['an excluded phrase', 'ليبيا -"جو بايدن"', { terms: ['ليبيا'], excluded: ['جو بايدن'] }],
    ['a dash standing alone is no exclusion', 'الليبية – التي', { terms: ['الليبيه', 'التي'] }],
    ['a tag', 'tag:روسيا', { tags: ['روسيا'] }],
    ['a tag of two words in quotes', 'tag:"الأمم المتحدة" انسحاب', { terms: ['انسحاب'], tags: ['الامم المتحده'] }],
    ['a tag in typographic quotes, TAG in capitals', 'TAG:«حلف الناتو»', { tags: ['حلف الناتو'] }],
    ['Arabic-Indic digits', 'يناير ٢٠٢١', { terms: ['يناير', '2021'] }],
    ['an empty tag, dash and quotes ignored', 'tag: - "" ،', {}],
  ])('reads %s', (_case, query, expected) => {
    expect(parseQuery(query)).toEqual({ ...none, ...expected });
  });

  it.each([
    ['an empty query', '', true],
    ['only an exclusion', '-سوريا', true],
    ['a word', 'ليبيا', false],
    ['a tag alone', 'tag:روسيا', false],
    ['a phrase alone', '"مجلس الأمن"', false],
  ])('calls %s empty or not', (_case, query, empty) => {
    expect(isEmptyQuery(parseQuery(query))).toBe(empty);
  });
});
