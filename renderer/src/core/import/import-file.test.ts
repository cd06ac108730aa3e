import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { inEnglish } from '../../i18n/in-english';
import { arabicNewsPage, encodeAs } from './import-fixtures';
import { importFile } from './import-file';
import type { ImportOutcome, ImportedFile } from './import-types';
import { textProblem } from './readable-text';

// A Markdown file holding this makes the Markdown parser throw, to test that importFile does not.
const EXPLOSIVE = '<<explode>>';
vi.mock('./parse-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./parse-markdown')>();
  return {
    parseMarkdownDocument: (fileName: string, text: string) => {
      if (text.includes(EXPLOSIVE)) throw new TypeError('Cannot read properties of undefined');
      return actual.parseMarkdownDocument(fileName, text);
    },
  };
});

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedText = (prefix: string): string =>
  readFileSync(new URL(SEED_NAMES.find((name) => name.startsWith(prefix)) ?? prefix, SEEDS_DIR), 'utf8');
const SEED_LINES = SEED_NAMES.flatMap((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8').split('\n')).filter((line) => line.trim() !== '');

const ARTICLE = seedText('003');
const TITLE = 'تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي';
const PARAGRAPHS = ARTICLE.split('\n').filter((line) => line.length > 200).slice(0, 3);

function imported(outcome: ImportOutcome): ImportedFile {
  if (!outcome.ok) throw new Error(`expected a document, got: ${inEnglish(outcome.failure.reason)}`);
  return outcome.file;
}

function refusal(outcome: ImportOutcome, fileName: string): string {
  if (outcome.ok) throw new Error(`expected a refusal, got a ${outcome.file.format} document`);
  expect(outcome.failure.fileName).toBe(fileName);
  expect(outcome.failure.reason.values?.file).toBe(fileName);
  return inEnglish(outcome.failure.reason);
}

describe('importFile reads each format into a document', () => {
  const page = arabicNewsPage({ title: TITLE, byline: 'بقلم علي بومنجل الجزائري', paragraphs: PARAGRAPHS, heading: 'الاستيلاء على طرابلس', quote: 'لا حل عسكرياً للأزمة في ليبيا.', listItems: ['سحب القوات'], caption: 'صورة من الأرشيف (AP)' });

  it.each([
    { name: 'تحركات.txt', bytes: encodeAs(ARTICLE, 'windows-1256'), format: 'txt', encoding: 'windows-1256' },
    { name: 'تحركات.TXT', bytes: encodeAs(ARTICLE, 'utf-16le-bom'), format: 'txt', encoding: 'utf-16le' },
    { name: 'تحركات.md', bytes: encodeAs(`---\ntitle: ${TITLE}\n---\n\n${PARAGRAPHS.join('\n\n')}\n`, 'utf-8-bom'), format: 'md', encoding: 'utf-8' },
    { name: 'تحركات.markdown', bytes: encodeAs(`# ${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`, 'utf-8'), format: 'md', encoding: 'utf-8' },
    { name: 'تحركات.html', bytes: encodeAs(page, 'utf-8'), format: 'html', encoding: 'utf-8' },
    { name: 'تحركات.htm', bytes: encodeAs(page.replace('utf-8', 'windows-1256').replace('©', '(c)'), 'windows-1256'), format: 'html', encoding: 'windows-1256' },
  ])('$name ($encoding) has the headline as title and the paragraphs as written', async ({ name, bytes, format, encoding }) => {
    const file = imported(await importFile(name, bytes));
    expect(file).toMatchObject({ fileName: name, format, encoding, byteLength: bytes.length });
    expect(file.document.title).toBe(TITLE);
    for (const paragraph of PARAGRAPHS) expect(file.document.blocks).toContainEqual(expect.objectContaining({ kind: 'paragraph', text: paragraph }));
  });

  it('the content hash is the SHA-256 of the bytes as they are, so re-importing a file is recognised', async () => {
    const bytes = encodeAs(ARTICLE, 'windows-1256');
    const file = imported(await importFile('تحركات.txt', bytes));
    expect(file.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(imported(await importFile('نسخة.txt', bytes)).contentHash).toBe(file.contentHash);
    expect(imported(await importFile('تحركات.txt', encodeAs(ARTICLE, 'utf-8'))).contentHash).not.toBe(file.contentHash);
  });
});

describe('importFile refuses what it cannot import, naming the file', () => {
  it.each([
    ['تقرير.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj'), /is a PDF document/],
    ['كتاب.epub', new TextEncoder().encode('PK\u0003\u0004'), /cannot be imported as an EPUB book: its zip archive is damaged/],
    ['بيانات.csv', new TextEncoder().encode('الاسم,العمر'), /only \.txt, \.md, \.html and \.epub files can be imported/],
    ['فارغ.txt', new Uint8Array(), /is empty/],
    ['صورة.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /is an image \(PNG\)/],
    ['بيانات.txt', Uint8Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + i)), /looks like a binary file/],
    ['فارغة.html', new TextEncoder().encode('<html><body><script>alert(1)</script><img src="x.png"></body></html>'), /has no readable text/],
    ['قواعد.md', new TextEncoder().encode('---\ntitle: فقط\n---\n<div>\n</div>\n'), /has no readable text/],
  ])('%s', async (name, bytes, reason) => {
    expect(refusal(await importFile(name, bytes), name)).toMatch(reason);
  });

  it('a parser that throws becomes a refusal naming the file, not an exception', async () => {
    const reason = refusal(await importFile('معطوب.md', new TextEncoder().encode(`# عنوان\n\n${EXPLOSIVE}\n`)), 'معطوب.md');
    expect(reason).toBe('“معطوب.md” could not be imported: reading it failed (Cannot read properties of undefined). The file itself is unchanged.');
  });

  it('never throws, whatever the bytes and the name', async () => {
    const names = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.htm', 'a.pdf', 'a', 'مقال.TXT');
    await fc.assert(
      fc.asyncProperty(names, fc.uint8Array({ maxLength: 300 }), async (name, bytes) => {
        const outcome = await importFile(name, bytes);
        if (!outcome.ok) expect(inEnglish(outcome.failure.reason)).toContain(`“${name}”`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('importFile never loses a character of a .txt file', () => {
  const whitespace = fc.constantFrom('\n', '\r\n', '\n\n', ' ', '\t', '\u00A0');
  const piece = fc.oneof(
    fc.constantFrom(...SEED_LINES),
    fc.constantFrom('-', 'تابعنا', 'بقلم علي بومنجل الجزائري', 'TRT عربي - وكالات', 'الأمم المتحدة', '(AP)'),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  const text = fc
    .array(fc.tuple(piece, whitespace), { minLength: 1, maxLength: 25 })
    .map((parts) => parts.flat().join(''))
    // Text a file could hold and be imported: not blank, no control or replacement characters.
    .filter((candidate) => textProblem(candidate) === null);

  it('every non-white-space character of the decoded file is inside a block', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('utf-8', 'utf-16le-bom', 'utf-8-bom'), async (original, encoding) => {
        const { document } = imported(await importFile('عشوائي.txt', encodeAs(original, encoding)));
        expect(document.text).toBe(original);
        let cursor = 0;
        for (const block of document.blocks) {
          expect(document.text.slice(block.start, block.end)).toBe(block.text);
          expect(document.text.slice(cursor, block.start).trim()).toBe('');
          cursor = block.end;
        }
        expect(document.text.slice(cursor).trim()).toBe('');
      }),
      { numRuns: 200 },
    );
  });
});
