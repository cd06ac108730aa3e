import { describe, expect, it } from 'vitest';
import { parseLanguageList, pickLanguage, textDirection } from './languages';

describe('pickLanguage', () => {
  it.each([
    [['ar-SA', 'en-US'], 'ar'],
    [['ar'], 'ar'],
    [['en-GB', 'ar'], 'en'],
    [['fr-FR', 'ar-EG'], 'ar'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['AR_eg'], 'ar'],
  ])('%j → %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});

describe('textDirection', () => {
  it('is right to left in Arabic only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
  });
});

describe('parseLanguageList', () => {
  it('keeps well-formed tags in order', () => {
    expect(parseLanguageList('ar-SA,en-US, fr')).toEqual(['ar-SA', 'en-US', 'fr']);
  });

  it('drops anything that is not a language tag', () => {
    expect(parseLanguageList('ar,<script>,en-US;q=0.9,,x')).toEqual(['ar']);
    expect(parseLanguageList(null)).toEqual([]);
    expect(parseLanguageList('a,b,c,d,e,f,g,h,i,j'.split(',').map((c) => `${c}${c}`).join(','))).toHaveLength(8);
  });
});
