import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { createFormatter } from '../../i18n/current-intl';
import { inEnglish } from '../../i18n/in-english';
import { decodeCorpusFile } from './decode-corpus-file';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeCorpusFile', () => {
  const seedNames = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

  it.each(seedNames)('decodes the seed file %s as UTF-8 with its stem as id', (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, SEEDS_DIR)));
    const text = readFileSync(new URL(name, SEEDS_DIR), 'utf8');
    expect(decodeCorpusFile(name, bytes)).toEqual({ ok: true, id: name.replace(/\.txt$/, ''), text });
  });

  it('strips a leading byte-order mark so offsets start at the first letter', () => {
    const result = decodeCorpusFile('005_bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('تابعنا\nليبيا')]));
    expect(result).toEqual({ ok: true, id: '005_bom', text: 'تابعنا\nليبيا' });
  });

  it('keeps a byte-order mark that is not at the start, because it is part of the text', () => {
    const result = decodeCorpusFile('a.txt', utf8('ليبيا\uFEFFتونس'));
    expect(result.ok && result.text).toBe('ليبيا\uFEFFتونس');
  });

  it('accepts an upper-case .TXT extension', () => {
    expect(decodeCorpusFile('NOTES.TXT', utf8('نص'))).toEqual({ ok: true, id: 'NOTES', text: 'نص' });
  });

  const raw = (...values: number[]): Uint8Array => new Uint8Array(values);
  const failures: Array<[why: string, fileName: string, bytes: Uint8Array, message: RegExp]> = [
    ['a file of zero bytes', 'empty.txt', raw(), /is empty/],
    ['a file of spaces, tabs and newlines', 'blank.txt', utf8(' \n\t\r\n \u00a0'), /only blank space/],
    ['a file holding only a byte-order mark', 'bom.txt', raw(0xef, 0xbb, 0xbf), /only blank space/],
    ['a file containing NUL bytes', 'image.txt', raw(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x41), /binary file/],
    ['text with one NUL byte in the middle', 'nul.txt', utf8('ليبيا\u0000تونس'), /binary file/],
    ['a file that is mostly control characters', 'control.txt', raw(0x01, 0x02, 0x03, 0x41, 0x1b, 0x7f), /binary file/],
    ['bytes that are not UTF-8 (0xC3 0x28)', 'latin.txt', raw(0xc3, 0x28), /not valid UTF-8/],
    ['Arabic saved as Windows-1256', 'cp1256.txt', raw(0xe1, 0xed, 0xc8, 0xed, 0xc7), /not valid UTF-8/],
    ['UTF-8 cut off in the middle of a letter', 'cut.txt', utf8('ليبيا').slice(0, 3), /not valid UTF-8/],
    ['UTF-16 text with its byte-order mark', 'wide.txt', raw(0xff, 0xfe, 0x44, 0x06), /UTF-16/],
    ['a name without the .txt extension', 'article.md', utf8('نص'), /end in \.txt/],
    ['a name that is only an extension', '.txt', utf8('نص'), /end in \.txt/],
    ['a path instead of a file name', 'seeds/000.txt', utf8('نص'), /end in \.txt/],
  ];

  it.each(failures)('refuses %s with a clear message', (_why, fileName, bytes, message) => {
    const result = decodeCorpusFile(fileName, bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fileName).toBe(fileName);
    expect(result.error.reason.values).toEqual({ file: fileName });
    expect(inEnglish(result.error.reason)).toMatch(message);
    expect(inEnglish(result.error.reason)).toContain(fileName);
  });

  it('gives the reason as a message the interface words in Arabic', () => {
    const result = decodeCorpusFile('001_wide.txt', raw(0xff, 0xfe, 0x44, 0x06));
    expect(result).toEqual({ ok: false, error: { id: '001_wide', fileName: '001_wide.txt', reason: { id: 'corpus.error.utf16', values: { file: '001_wide.txt' } } } });
    if (result.ok) return;
    const arabic = createFormatter('ar', 'ar');
    expect(arabic.formatMessage({ id: result.error.reason.id }, { file: '001_wide.txt' })).toBe('«001_wide.txt» محفوظ بترميز UTF-16. احفظه من جديد بترميز UTF-8 لتفتحه.');
  });

  it('gives an error the file stem as id, so the library can still list the file', () => {
    const result = decodeCorpusFile('006_broken.txt', new Uint8Array([0xc3, 0x28]));
    expect(!result.ok && result.error.id).toBe('006_broken');
  });
});
