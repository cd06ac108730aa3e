import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/in-english';
import { decodeText, type DecodeOutcome } from './decode-text';
import { encodeAs, singleByteEncoder, type FixtureEncoding } from './import-fixtures';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedText = (prefix: string): string =>
  readFileSync(new URL(SEED_NAMES.find((name) => name.startsWith(prefix)) ?? prefix, SEEDS_DIR), 'utf8');

// 002 is the one seed ISO-8859-6 can hold whole: the others use “ ” « and –, which it lacks.
const ARTICLE = seedText('003');
const ISO_ARTICLE = seedText('002');
const TITLE = 'تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي';

function decoded(outcome: DecodeOutcome): { text: string; encoding: string } {
  if (!outcome.ok) throw new Error(`expected text, got: ${inEnglish(outcome.reason)}`);
  return { text: outcome.text, encoding: outcome.encoding };
}

function refusal(outcome: DecodeOutcome): string {
  if (outcome.ok) throw new Error(`expected a refusal, got ${outcome.encoding} text: ${outcome.text.slice(0, 60)}`);
  return inEnglish(outcome.reason);
}

describe('decodeText reads Arabic files in every encoding people have them in', () => {
  const cases: Array<{ saved: FixtureEncoding; text: string; encoding: string }> = [
    { saved: 'utf-8', text: ARTICLE, encoding: 'utf-8' },
    { saved: 'utf-8-bom', text: ARTICLE, encoding: 'utf-8' },
    { saved: 'utf-16le-bom', text: ARTICLE, encoding: 'utf-16le' },
    { saved: 'utf-16le', text: ARTICLE, encoding: 'utf-16le' },
    { saved: 'utf-16be-bom', text: ARTICLE, encoding: 'utf-16be' },
    { saved: 'utf-16be', text: ARTICLE, encoding: 'utf-16be' },
    { saved: 'windows-1256', text: ARTICLE, encoding: 'windows-1256' },
    { saved: 'iso-8859-6', text: ISO_ARTICLE, encoding: 'iso-8859-6' },
    // One line is the least evidence a detector gets: the title alone.
    { saved: 'windows-1256', text: TITLE, encoding: 'windows-1256' },
    { saved: 'iso-8859-6', text: TITLE, encoding: 'iso-8859-6' },
    { saved: 'utf-16le', text: TITLE, encoding: 'utf-16le' },
  ];

  it.each(cases)('a file saved as $saved comes out as the same Arabic text ($text.length characters)', ({ saved, text, encoding }) => {
    expect(decoded(decodeText('مقال.txt', encodeAs(text, saved)))).toEqual({ text, encoding });
  });

  it('every seed article saved as Windows-1256 decodes back to the article, character for character', () => {
    for (const name of SEED_NAMES) {
      const text = readFileSync(new URL(name, SEEDS_DIR), 'utf8');
      expect(decoded(decodeText(name, encodeAs(text, 'windows-1256')))).toEqual({ text, encoding: 'windows-1256' });
    }
  });

  // A few words can read as Arabic in both code pages; from a line on (40+ characters) they cannot.
  it('any stretch of a seed article of a line or more saved as Windows-1256 decodes back exactly', () => {
    const corpus = SEED_NAMES.map((name) => readFileSync(new URL(name, SEEDS_DIR), 'utf8')).join('\n');
    const stretch = fc
      .tuple(fc.nat(corpus.length - 1), fc.integer({ min: 40, max: 2000 }))
      .map(([start, length]) => corpus.slice(start, start + length))
      // A stretch with no non-ASCII letter is plain ASCII, which is UTF-8 as well.
      .filter((text) => /[\u0600-\u06FF]/.test(text));
    fc.assert(
      fc.property(stretch, (text) => {
        expect(decoded(decodeText('مقطع.txt', encodeAs(text, 'windows-1256')))).toEqual({ text, encoding: 'windows-1256' });
      }),
      { numRuns: 200 },
    );
  });

  it('the byte-order mark is not part of the text, so offsets start at the first letter', () => {
    for (const saved of ['utf-8-bom', 'utf-16le-bom', 'utf-16be-bom'] as const) {
      expect(decoded(decodeText('مقال.txt', encodeAs(TITLE, saved))).text.charAt(0)).toBe('ت');
    }
  });
});

describe('decodeText honours the charset an HTML page declares', () => {
  const page = (declaration: string) => `<html><head>${declaration}<title>${TITLE}</title></head><body><p>${TITLE}</p></body></html>`;

  it.each([
    ['<meta charset="windows-1256">', 'windows-1256', 'windows-1256'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=cp1256">', 'windows-1256', 'windows-1256'],
    ["<meta charset='arabic'>", 'iso-8859-6', 'iso-8859-6'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=ISO-8859-6">', 'iso-8859-6', 'iso-8859-6'],
  ] as const)('%s', (declaration, saved, encoding) => {
    const html = page(declaration);
    expect(decoded(decodeText('صفحة.html', encodeAs(html, saved), { html: true }))).toEqual({ text: html, encoding });
  });

  it('a page declared as ISO-8859-6 but saved as Windows-1256 is read by its bytes, not its label', () => {
    const html = page('<meta charset="iso-8859-6">') + ARTICLE;
    expect(decoded(decodeText('صفحة.html', encodeAs(html, 'windows-1256'), { html: true }))).toEqual({ text: html, encoding: 'windows-1256' });
  });

  it('a page declared as Windows-1256 that is really UTF-8 is read as UTF-8', () => {
    const html = page('<meta charset="windows-1256">');
    expect(decoded(decodeText('صفحة.html', encodeAs(html, 'utf-8'), { html: true }))).toEqual({ text: html, encoding: 'utf-8' });
  });
});

describe('decodeText refuses what is not text, naming the file', () => {
  it('an empty file', () => {
    expect(refusal(decodeText('فارغ.txt', new Uint8Array()))).toBe('“فارغ.txt” is empty, so there is nothing to import.');
  });

  it.each(['utf-8', 'utf-8-bom', 'utf-16le-bom'] as const)('a file of blank space saved as %s', (saved) => {
    expect(refusal(decodeText('فراغ.txt', encodeAs(' \n\t\r\n  ', saved)))).toMatch(/^“فراغ\.txt” contains only blank space/);
  });

  it('a binary file full of zero bytes', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, index) => (index * 7919) % 256);
    expect(refusal(decodeText('data.txt', bytes))).toBe('“data.txt” looks like a binary file, not text, so it cannot be imported.');
  });

  it('UTF-8 text that already holds replacement characters (mojibake saved by another program)', () => {
    const reason = refusal(decodeText('تالف.txt', encodeAs(`${TITLE}\nهذا نص \uFFFD\uFFFD تالف`, 'utf-8')));
    expect(reason).toMatch(/^“تالف\.txt” has characters that cannot be read \(line 2\)/);
    expect(reason).toContain('Save it again as UTF-8');
  });

  it('text with control characters in it', () => {
    expect(refusal(decodeText('سجل.txt', encodeAs(`${TITLE}\u0007\u001B[0m`, 'utf-8')))).toMatch(/^“سجل\.txt” has control characters in it \(line 1\)/);
  });

  it('a UTF-8 byte-order mark followed by bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encodeAs(TITLE, 'windows-1256')]);
    expect(refusal(decodeText('خليط.txt', bytes))).toMatch(/^“خليط\.txt” says it is UTF-8 but is not valid UTF-8 text/);
  });

  it('Russian saved as Windows-1251 is refused rather than shown as Arabic-looking mojibake', () => {
    const russian = 'Соединённые Штаты призвали к немедленному выводу российских и турецких войск из Ливии.';
    const reason = refusal(decodeText('news.txt', singleByteEncoder('windows-1251')(russian)));
    expect(reason).toMatch(/^“news\.txt” is not in UTF-8, UTF-16, Windows-1256 \(Arabic\) or ISO-8859-6/);
  });

  it('an ISO-8859-6 file never comes out as Windows-1256 letters', () => {
    const text = decoded(decodeText('مقال.txt', encodeAs(ISO_ARTICLE, 'iso-8859-6'))).text;
    expect(text).not.toMatch(/[\u00C0-\u00FF]/);
  });
});
