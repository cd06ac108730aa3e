import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from './import-types';
import { parseTextDocument } from './parse-text';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedText = (prefix: string): string =>
  readFileSync(new URL(SEED_NAMES.find((name) => name.startsWith(prefix)) ?? prefix, SEEDS_DIR), 'utf8');
const SEED_LINES = SEED_NAMES.flatMap((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8').split('\n')).filter((line) => line.trim() !== '');

/** Every non-white-space character of the text, in order, is inside exactly one block. */
function expectEveryCharacterInABlock(doc: ParsedDocument): void {
  let cursor = 0;
  for (const block of doc.blocks) {
    expect(block.text).toBe(doc.text.slice(block.start, block.end));
    expect(doc.text.slice(cursor, block.start)).toMatch(/^\s*$/u);
    cursor = block.end;
  }
  expect(doc.text.slice(cursor)).toMatch(/^\s*$/u);
}

describe('parseTextDocument reads an imported .txt file like the bundled corpus', () => {
  it('a title line becomes the title, and the text is the file unchanged', () => {
    const text = seedText('003');
    const doc = parseTextDocument('تحركات أميركية.txt', text);
    expect(doc.title).toBe('تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي');
    expect(doc.titleDerived).toBe(false);
    expect(doc.text).toBe(text);
    expect(doc.relatedLinks).toContain('الفساد والإرهاب وراء قرار واشنطن بتجميد المساعدات لليبيا');
  });

  it('the byline, the credit and the tags at the end of an article are recognised', () => {
    const doc = parseTextDocument('أفريكوم.txt', seedText('001'));
    expect(doc.byline).toBe('بقلم علي بومنجل الجزائري');
    expect(doc.source).toBe('موقع المغرب العربي الإخباري');
    expect(doc.tags).toEqual(expect.arrayContaining(['الأمم المتحدة', 'الولايات المتحدة']));
  });

  it('a file without a title line gets one from its opening sentence', () => {
    const doc = parseTextDocument('انسحاب.txt', seedText('000'));
    expect(doc.title).toBe('دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا');
    expect(doc.titleDerived).toBe(true);
  });

  it('a file with no article text at all is titled after its name, without the extension', () => {
    const doc = parseTextDocument('ملاحظات.قديمة.TXT', 'بقلم علي بومنجل الجزائري\n');
    expect(doc.title).toBe('ملاحظات.قديمة');
    expect(doc.titleDerived).toBe(true);
  });

  it('a text file states no date or address', () => {
    const doc = parseTextDocument('مقال.txt', seedText('002'));
    expect(doc.publishedAt).toBeNull();
    expect(doc.url).toBeNull();
  });

  it('words are counted in the title and paragraphs, not in the tags', () => {
    const doc = parseTextDocument('اجتماع.txt', 'اجتماع في طرابلس\n\nقال المسؤول إن الاجتماع كان مثمرا.\n\nليبيا\nالأمم المتحدة\n');
    expect(doc.tags).toEqual(['ليبيا', 'الأمم المتحدة']);
    expect(doc.wordCount).toBe(3 + 6);
  });
});

describe('parseTextDocument never loses a character', () => {
  const whitespace = fc.constantFrom('\n', '\r\n', '\n\n', ' ', '\t', '\u00A0', '\u2029', '\f');
  const piece = fc.oneof(
    fc.constantFrom(...SEED_LINES),
    fc.constantFrom('-', 'تابعنا', 'بقلم فلان', 'المصدر: وكالات', 'الأمم المتحدة', '***', '(AP)'),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
  const file = fc.array(fc.tuple(piece, whitespace), { maxLength: 30 }).map((parts) => parts.flat().join(''));

  it('every non-white-space character of the file is inside a block, in order', () => {
    fc.assert(
      fc.property(file, (text) => {
        const doc = parseTextDocument('عشوائي.txt', text);
        expect(doc.text).toBe(text);
        expectEveryCharacterInABlock(doc);
        const inBlocks = doc.blocks.map((block) => block.text).join('').replace(/\s+/gu, '');
        expect(inBlocks).toBe(text.replace(/\s+/gu, ''));
      }),
      { numRuns: 300 },
    );
  });
});
