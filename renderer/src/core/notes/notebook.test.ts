import { describe, expect, it } from 'vitest';
import { distinctTitle, filterNotebook, hasTitle, matchTitles, previewOf, type NotebookEntry } from './notebook';

const entry = (id: string, title: string, plainText: string, modifiedAt: number): NotebookEntry => ({ id, title, plainText, modifiedAt, highlightId: null });

// Phrases from seeds/003_a77fd7e03d334798.txt and seeds/000_14e37202ef5eb1ed.txt.
const notes = [
  entry('a', 'تحركات أميركية في ليبيا', 'أمن المنطقة رهين بكبح التمدد الروسي', 10),
  entry('b', 'Ceasefire', 'اتفاق وقف إطلاق النار في أكتوبر / تشرين الأول', 30),
  entry('c', 'الأمم المتحدة', 'ريتشارد ميلز جونيور', 20),
];

describe('filterNotebook', () => {
  it('sorts by last edit, newest first, when there is no query', () => {
    expect(filterNotebook(notes, '  ').map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it.each([
    ['a word of the text', 'الروسي', ['a']],
    ['a word of the title', 'أميركية', ['a']],
    ['a hamza variant', 'اميركية', ['a']],
    ['Latin text in another case', 'CEASEFIRE', ['b']],
    ['several words, all required', 'وقف أكتوبر', ['b']],
    ['words that do not occur together', 'وقف الروسي', []],
  ])('matches %s', (_name, query, ids) => {
    expect(filterNotebook(notes, query).map((n) => n.id)).toEqual(ids);
  });
});

describe('previewOf', () => {
  it('does not repeat the title', () => {
    expect(previewOf(entry('x', 'الأمم', 'الأمم المتحدة', 1))).toBe('المتحدة');
  });

  it('takes the first words of a note of millions of characters, as of a short one', () => {
    const long = `الأمم\n\n${'ريتشارد   ميلز\nجونيور '.repeat(100_000)}`;
    const expected = 'ريتشارد ميلز جونيور '.repeat(10).slice(0, 120);
    expect(previewOf(entry('x', 'الأمم', long, 1))).toBe(`${expected}…`);
  });
});

describe('matchTitles', () => {
  it('puts titles that start with the query first', () => {
    const list = [{ id: '1', title: 'قوات الأمم المتحدة' }, { id: '2', title: 'الأمم المتحدة' }, { id: '3', title: 'روسيا' }];
    expect(matchTitles(list, 'الامم').map((n) => n.id)).toEqual(['2', '1']);
  });

  it('offers every title for an empty query, up to the limit', () => {
    expect(matchTitles(notes, '', 2)).toHaveLength(2);
  });
});

describe('hasTitle', () => {
  it('ignores spacing and letter variants', () => {
    expect(hasTitle(notes, ' تحركات اميركية في ليبيا ')).toBe(true);
    expect(hasTitle(notes, 'تحركات')).toBe(false);
  });
});

describe('distinctTitle', () => {
  it.each([
    ['a title no note has, as it is', 'ريتشارد ميلز جونيور', ['الأمم المتحدة'], 'ريتشارد ميلز جونيور'],
    ['a title taken, numbered', 'ريتشارد ميلز جونيور', ['ريتشارد ميلز جونيور'], 'ريتشارد ميلز جونيور (2)'],
    ['the next free number', 'ريتشارد ميلز جونيور', ['ريتشارد ميلز جونيور', 'ريتشارد ميلز جونيور (2)'], 'ريتشارد ميلز جونيور (3)'],
    ['a title taken up to diacritics and spacing', 'الأمم المتحدة', [' الأُمم المتحدة '], 'الأمم المتحدة (2)'],
    ['an empty title, untitled', '', [''], ''],
  ])('gives %s', (_, title, taken, expected) => {
    expect(distinctTitle(title, taken)).toBe(expected);
  });
});
