import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createUniqueNamer, safeFileName } from '../renderer/src/core/export/safe-file-name';
import {
  fileSaveRequestSchema,
  filesSaveRequestSchema,
  isPortableFileName,
  MAX_FILES_PER_SAVE,
  originalSaveRequestSchema,
  tooManyFilesMessage,
  utf8ByteSize,
} from './api-contract';

const saveAs = (suggestedName: string) => fileSaveRequestSchema.safeParse({ suggestedName, content: 'نص', kind: 'markdown' });
const folderOf = (files: { name: string; content: string }[], folderName = 'Qiraa notebook') =>
  filesSaveRequestSchema.safeParse({ folderName, files });
const messages = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.prettifyError(result.error) : '');

describe('file names in save requests', () => {
  it.each([
    'ملاحظات.md',
    'Qiraa notebook 2026-11-25.md',
    'console.md',
    'CON_.md',
    'com10.md',
    'lpt.md',
    'nul_ (2).md',
    'a.b.c.json',
    '.hidden.md',
  ])('accepts %s', (name) => {
    expect(saveAs(name).success).toBe(true);
  });

  it.each([
    ['a/b.md', 'not a path'],
    ['a\\b.md', 'not a path'],
    ['..', 'not a path'],
    ['a\0b.md', 'not a path'],
    ['notes.md:secret', '":"'],
    ['C:notes.md', '":"'],
    ['notes.md::$DATA', '":"'],
    ['notes.', 'end in a dot or a space'],
    ['notes.md ', 'end in a dot or a space'],
    ['...', 'end in a dot or a space'],
  ])('refuses %j, saying why', (name, why) => {
    const result = saveAs(name);
    expect(result.success).toBe(false);
    expect(messages(result)).toContain(why);
  });

  // Windows opens the device, not a file, for these names, whatever the case or extension.
  it.each(['CON', 'con', 'Prn', 'AUX', 'NUL', 'nul.md', 'NUL.tar.gz', 'COM1', 'com9.md', 'COM¹.txt', 'LPT1', 'lpt9.json', 'LPT³', 'AUX .md', 'con.'])(
    'refuses the Windows device name %j',
    (name) => {
      const result = saveAs(name);
      expect(result.success).toBe(false);
      expect(messages(result)).toMatch(/device name on Windows|end in a dot/);
    },
  );

  it('applies the same rules to folder names and folder files', () => {
    expect(folderOf([{ name: 'a.md', content: '' }], 'NUL').success).toBe(false);
    expect(folderOf([{ name: 'aux.md', content: '' }]).success).toBe(false);
    expect(folderOf([{ name: 'a.md:x', content: '' }]).success).toBe(false);
  });

  // An imported file keeps the name another system gave it; main offers a portable one in the dialog.
  it.each(['COM3.txt', 'notes: draft.txt', 'مسودة.'])('lets an original named %j be saved', (suggestedName) => {
    expect(originalSaveRequestSchema.safeParse({ suggestedName, bytes: new Uint8Array() }).success).toBe(true);
  });

  it.each(['../x.txt', 'a/b.txt', 'C:\\x.txt', '..'])('still refuses the path %j for an original', (suggestedName) => {
    expect(originalSaveRequestSchema.safeParse({ suggestedName, bytes: new Uint8Array() }).success).toBe(false);
  });

  it('says whether a name is portable', () => {
    expect(isPortableFileName('ملاحظات.md')).toBe(true);
    expect(isPortableFileName('CON.md')).toBe(false);
    expect(isPortableFileName('a:b')).toBe(false);
  });
});

describe('names the exporter makes', () => {
  it.each(['CON', 'nul.txt', 'com1', 'LPT9.', 'aux ', 'تقرير: ليبيا/تركيا? "سري" <1> | *مهم* #وسم', 'a::$DATA', 'نقطة.', '...', '   ', 'COM¹'])(
    'are accepted for the title %j',
    (title) => {
      expect(saveAs(`${safeFileName(title)}.md`).success).toBe(true);
    },
  );

  it('are always accepted, alone and as a unique set in one folder', () => {
    const titles = fc.array(
      fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('CON', 'nul', 'com1', 'LPT9', 'x.', 'a:b', 'AUX ')),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(titles, (list) => {
        const unique = createUniqueNamer();
        const files = list.map((title) => ({ name: `${unique(safeFileName(title))}.md`, content: '' }));
        const result = folderOf(files);
        if (!result.success) throw new Error(messages(result));
      }),
      { numRuns: 300 },
    );
  });
});

describe('utf8ByteSize', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['قراءة', 10],
    ['€', 3],
    ['😀', 4],
    ['a😀ب', 7],
    ['\uD800', 3],
    ['\uDC00x', 4],
    ['\uD83D\uD83D\uDE00', 7],
  ])('counts %j as %i bytes', (text, bytes) => {
    expect(utf8ByteSize(text)).toBe(bytes);
  });

  it('agrees with TextEncoder on any UTF-16, lone surrogates included', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: anyUnit }));
    fc.assert(fc.property(text, (s) => utf8ByteSize(s) === new TextEncoder().encode(s).length));
  });
});

// Counting a quarter of a gigabyte takes a second or two.
describe('save sizes', { timeout: 30_000 }, () => {
  // 140 million Arabic letters: about half the limit in UTF-16 units, 280 MB once written as UTF-8.
  const arabic = 'ب'.repeat(140_000_000);

  it('counts UTF-8 bytes, not UTF-16 units, for one file', () => {
    const result = fileSaveRequestSchema.safeParse({ suggestedName: 'big.md', content: arabic, kind: 'markdown' });
    expect(result.success).toBe(false);
    expect(messages(result)).toContain('256 MB');
  });

  it('counts UTF-8 bytes for a folder, file by file and in total', () => {
    expect(folderOf([{ name: 'big.md', content: arabic }]).success).toBe(false);
    const half = arabic.slice(0, 70_000_000);
    const result = folderOf([
      { name: 'a.md', content: half },
      { name: 'b.md', content: half },
    ]);
    expect(result.success).toBe(false);
    expect(messages(result)).toContain('256 MB');
  });

  it('still accepts content just under the limit', () => {
    const result = fileSaveRequestSchema.safeParse({ suggestedName: 'ok.md', content: 'ب'.repeat(1000), kind: 'markdown' });
    expect(result.success).toBe(true);
  });
});

describe('folder exports over the file limit', () => {
  it('are refused with a message that gives the count, the limit and what to do instead', () => {
    const files = Array.from({ length: MAX_FILES_PER_SAVE + 5 }, (_, i) => ({ name: `${i}.md`, content: '' }));
    const result = folderOf(files);
    expect(result.success).toBe(false);
    const message = messages(result);
    expect(message).toContain(tooManyFilesMessage(MAX_FILES_PER_SAVE + 5));
    expect(message).toContain('20,005');
    expect(message).toContain('20,000');
    expect(message).toMatch(/one file/);
    // One clear reason, not a pile of follow-on complaints about the same array.
    expect(result.error!.issues).toHaveLength(1);
  });

  it('are accepted at exactly the limit', () => {
    const files = Array.from({ length: MAX_FILES_PER_SAVE }, (_, i) => ({ name: `${i}.md`, content: '' }));
    expect(folderOf(files).success).toBe(true);
  });
});
