import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from './selectors';

const article = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');

describe('describeRange', () => {
  it('quotes the range and takes 32 characters of original text on each side', () => {
    const passage = 'احترام السيادة الليبية';
    const start = article.indexOf(passage);
    const { quote, position } = describeRange(article, start, start + passage.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: passage,
      prefix: article.slice(start - 32, start),
      suffix: article.slice(start + passage.length, start + passage.length + 32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + passage.length });
  });

  it.each(['فوراً في سحب', 'بـ “احترام', 'حاليًا أنه'])('keeps %s exactly as the original writes it', (passage) => {
    const start = article.indexOf(passage);
    expect(describeRange(article, start, start + passage.length).quote.exact).toBe(passage);
  });

  it.each([
    ['at the start of the article', 0, 4, '', 32],
    ['at the end of the article', article.length - 4, article.length, 32, ''],
  ])('shortens the context %s', (_where, start, end, prefixLength, suffixLength) => {
    const { quote } = describeRange(article, start, end);
    expect(typeof prefixLength === 'number' ? quote.prefix.length : quote.prefix).toBe(prefixLength);
    expect(typeof suffixLength === 'number' ? quote.suffix.length : quote.suffix).toBe(suffixLength);
  });

  it('uses a custom context length', () => {
    const { quote } = describeRange(article, 100, 110, 8);
    expect(quote.prefix).toBe(article.slice(92, 100));
    expect(quote.suffix).toBe(article.slice(110, 118));
  });

  it('describes an empty range with its context', () => {
    const { quote } = describeRange(article, 50, 50);
    expect(quote.exact).toBe('');
    expect(quote.prefix + quote.suffix).toBe(article.slice(18, 82));
  });

  it('does not cut a surrogate pair at the edge of the context', () => {
    const text = 'ليبيا 😀' + 'ا'.repeat(31) + 'نص' + 'ب'.repeat(31) + '😀 تونس';
    const start = text.indexOf('نص');
    const { quote } = describeRange(text, start, start + 2);
    expect(quote.prefix).toBe('ا'.repeat(31));
    expect(quote.suffix).toBe('ب'.repeat(31));
  });

  it.each([
    [-1, 3],
    [5, 4],
    [0, article.length + 1],
    [1.5, 3],
  ])('rejects the range [%d, %d)', (start, end) => {
    expect(() => describeRange(article, start, end)).toThrow(RangeError);
  });
});
