import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { createFormatter } from './current-intl';
import { DEFAULT_INTERFACE_SETTINGS, localeTag, parseInterfaceSettings } from './interface-settings';

describe('parseInterfaceSettings', () => {
  it('keeps what makes sense and defaults the rest', () => {
    expect(parseInterfaceSettings({ language: 'ar', digits: 'latn', calendar: 'islamic-umalqura' })).toEqual({ language: 'ar', digits: 'latn', calendar: 'islamic-umalqura' });
    expect(parseInterfaceSettings({ language: 'fr', digits: 'roman', calendar: 'julian' })).toEqual(DEFAULT_INTERFACE_SETTINGS);
    expect(parseInterfaceSettings('nonsense')).toEqual(DEFAULT_INTERFACE_SETTINGS);
    expect(parseInterfaceSettings(null)).toEqual({ language: null, digits: null, calendar: 'gregory' });
  });
});

describe('localeTag', () => {
  it('carries calendar and digits, each language with its own digits by default', () => {
    expect(localeTag('ar', null, 'gregory')).toBe('ar-u-ca-gregory-nu-arab');
    expect(localeTag('en', null, 'gregory')).toBe('en-u-ca-gregory-nu-latn');
    expect(localeTag('ar', 'latn', 'islamic-umalqura')).toBe('ar-u-ca-islamic-umalqura-nu-latn');
  });
});

// 1 Ramadan 1447 AH in Umm al-Qura is 18 February 2026.
const DATE = new Date(Date.UTC(2026, 1, 18, 12));
const dateIn = (language: 'ar' | 'en', digits: 'arab' | 'latn' | null, calendar: 'gregory' | 'islamic-umalqura') =>
  createFormatter(language, localeTag(language, digits, calendar)).formatDate(DATE, { dateStyle: 'long', timeZone: 'UTC' });

describe('dates and digits through the formatter', () => {
  it('writes Gregorian dates in each language and its digits', () => {
    expect(dateIn('en', null, 'gregory')).toBe('February 18, 2026');
    expect(dateIn('ar', null, 'gregory')).toBe('١٨ فبراير ٢٠٢٦');
    expect(dateIn('ar', 'latn', 'gregory')).toBe('18 فبراير 2026');
  });

  it('writes Hijri (Umm al-Qura) dates when chosen', () => {
    expect(dateIn('ar', null, 'islamic-umalqura')).toMatch(/^١ رمضان ١٤٤٧ هـ$/);
    expect(dateIn('en', null, 'islamic-umalqura')).toMatch(/^Ramadan 1, 1447 AH$/);
  });

  it('writes numbers in Arabic-Indic or Latin digits as set, in either language', () => {
    expect(createFormatter('ar', localeTag('ar', null, 'gregory')).formatNumber(1204)).toBe('١٬٢٠٤');
    expect(createFormatter('ar', localeTag('ar', 'latn', 'gregory')).formatNumber(1204)).toBe('1,204');
    expect(createFormatter('en', localeTag('en', 'arab', 'gregory')).formatNumber(1204)).toBe('١٬٢٠٤');
    expect(createFormatter('en', localeTag('en', null, 'gregory')).formatNumber(1204)).toBe('1,204');
  });

  it('leaves digits inside user text as they are', () => {
    const intl = createFormatter('ar', localeTag('ar', null, 'gregory'));
    const message = new IntlMessageFormat('«{title}»', 'ar-u-nu-arab');
    expect(message.format({ title: 'سورة 2 آية 255' })).toBe('«سورة 2 آية 255»');
    expect(intl.formatMessage({ id: 'count.words' }, { count: 3 })).toBe('٣ كلمات');
  });
});

describe('the catalogues module', () => {
  it('serves both languages', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(['ar', 'en']);
  });
});
