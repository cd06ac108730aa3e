import { describe, expect, it } from 'vitest';
import { readHttpUrl, readIsoDate, readNames, readTags, readText } from './metadata-values';

describe('readIsoDate keeps dates a reader can trust and drops the rest', () => {
  it.each([
    ['2021-03-15', '2021-03-15'],
    ['  2021-03-15  ', '2021-03-15'],
    ['2021-03-15T10:20:00+02:00', '2021-03-15T10:20:00+02:00'],
    ['2021-03-15 10:20', '2021-03-15T10:20'],
    ['2021-03-15T10:20:30.123Z', '2021-03-15T10:20:30.123Z'],
    [new Date(Date.UTC(2021, 2, 15)), '2021-03-15'],
    [new Date(Date.UTC(2021, 2, 15, 8, 20)), '2021-03-15T08:20:00.000Z'],
  ] as const)('%s → %s', (value, iso) => {
    expect(readIsoDate(value)).toBe(iso);
  });

  it.each([['15/03/2021'], ['March 15, 2021'], ['١٥ مارس ٢٠٢١'], ['2021-02-30'], ['2021-03-15T25:00'], [''], [20210315], [null], [new Date(Number.NaN)]])(
    '%s → null',
    (value) => {
      expect(readIsoDate(value)).toBeNull();
    },
  );
});

describe('readHttpUrl keeps only web addresses', () => {
  it('an https address is kept, normalised', () => {
    expect(readHttpUrl(' https://alarab.example/article/12345 ')).toBe('https://alarab.example/article/12345');
  });

  it.each([['javascript:alert(1)'], ['JavaScript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['/article/12345'], ['file:///etc/passwd'], [42]])(
    '%s is dropped',
    (value) => {
      expect(readHttpUrl(value)).toBeNull();
    },
  );
});

describe('readText, readNames and readTags', () => {
  it('white space inside a title is collapsed, and a number is a title too', () => {
    expect(readText('  تحركات   أميركية\nفي ليبيا ')).toBe('تحركات أميركية في ليبيا');
    expect(readText(1948)).toBe('1948');
    expect(readText('   ')).toBeNull();
    expect(readText({ title: 'x' })).toBeNull();
  });

  it('several Arabic authors are joined with an Arabic comma, Latin ones with a comma', () => {
    expect(readNames(['علي بومنجل', 'سارة الليبية'])).toBe('علي بومنجل، سارة الليبية');
    expect(readNames(['Sam Smith', 'Ali Ahmed'])).toBe('Sam Smith, Ali Ahmed');
    expect(readNames('علي بومنجل')).toBe('علي بومنجل');
    expect(readNames([])).toBeNull();
  });

  it('tags come from a list or a comma-separated string, each once', () => {
    expect(readTags(['ليبيا', 'الأمم المتحدة', 'ليبيا'])).toEqual(['ليبيا', 'الأمم المتحدة']);
    expect(readTags('ليبيا، الأمم المتحدة, روسيا')).toEqual(['ليبيا', 'الأمم المتحدة', 'روسيا']);
    expect(readTags(null)).toEqual([]);
  });
});
