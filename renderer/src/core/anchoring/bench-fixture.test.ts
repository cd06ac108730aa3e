import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorAll } from './anchor';
import { makeBenchDocument, makeBenchHighlights, splitSentences } from './bench-fixture';

const seedsDir = new URL('../../../../seeds/', import.meta.url);
const sentences = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => splitSentences(readFileSync(new URL(name, seedsDir), 'utf8')));

describe('splitSentences', () => {
  it.each([
    ['splits after a full stop', 'من ليبيا. الطلب – الذي', ['من ليبيا.', 'الطلب – الذي']],
    ['splits after an Arabic question mark', 'ماذا بعد؟ قال', ['ماذا بعد؟', 'قال']],
    ['splits on line breaks and drops empty lines', 'تابعنا\n\nقال وزير', ['تابعنا', 'قال وزير']],
    ['keeps a decimal number whole', 'نحو 8.5 مليون', ['نحو 8.5 مليون']],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('makeBenchDocument', () => {
  it('builds about the requested number of UTF-8 bytes from corpus sentences', () => {
    const text = makeBenchDocument(sentences, 100_000);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThanOrEqual(100_000);
    expect(bytes).toBeLessThan(103_000);
    expect(text.split('\n')[0]!.length).toBeGreaterThan(0);
    expect(sentences).toContain(text.split('\n')[0]!.split(/(?<=[.!?؟]) /)[0]);
  });

  it('builds the same document for the same seed and another for another seed', () => {
    expect(makeBenchDocument(sentences, 20_000)).toBe(makeBenchDocument(sentences, 20_000));
    expect(makeBenchDocument(sentences, 20_000, 7)).not.toBe(makeBenchDocument(sentences, 20_000));
  });
});

describe('makeBenchHighlights', () => {
  const text = makeBenchDocument(sentences, 200_000);
  const highlights = makeBenchHighlights(text, 300);

  it('picks the same highlights every time', () => {
    expect(makeBenchHighlights(text, 300)).toEqual(highlights);
  });

  it('mixes unchanged, shifted, edited and diacritised highlights', () => {
    const kinds = new Set(highlights.map((h) => h.kind));
    expect([...kinds].sort()).toEqual(['diacritised', 'edited', 'shifted', 'unchanged']);
    for (const h of highlights) {
      const stale = text.slice(h.selectors.position.start, h.selectors.position.end) !== h.selectors.quote.exact;
      expect(stale).toBe(h.kind !== 'unchanged');
    }
  });

  it('produces highlights that anchor back to where they belong', () => {
    const results = anchorAll(text, highlights.map((h) => h.selectors));
    const misplaced = results.filter(
      (r, i) => r.status === 'orphan' || r.start !== highlights[i]!.expected.start || r.end !== highlights[i]!.expected.end,
    );
    expect(misplaced).toEqual([]);
  });
});
