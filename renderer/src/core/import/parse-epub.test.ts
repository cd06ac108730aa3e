import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../i18n/current-intl';
import { inEnglish } from '../../i18n/in-english';
import { wordMessage } from '../../i18n/word-message';
import { tableOfContents } from '../library/table-of-contents';
import type { Message } from '../message';
import { buildEpub, type EpubSpec } from './epub-fixtures';
import { MAX_ENTRY_BYTES } from './epub-zip';
import { encodeAs } from './import-fixtures';
import { importFile } from './import-file';
import type { ImportedFile, ParsedDocument } from './import-types';
import { parseEpub } from './parse-epub';

// Real sentences from the bundled corpus: the book's paragraphs.
const SEED = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');
const SENTENCES = SEED.split('\n').filter((line) => line.length > 80);
const [P1, P2, P3, P4] = SENTENCES.map((line) => line.replace(/[<>&]/g, ''));

const TITLE = 'ليبيا بين القوى الكبرى';
const ARABIC_BOOK: EpubSpec = {
  version: 3,
  title: TITLE,
  creators: ['ريتشارد ميلز', 'جو بايدن'],
  language: 'ar',
  publisher: 'دار القراءة',
  date: '2021-02-01',
  identifier: 'urn:isbn:9789953000000',
  direction: 'rtl',
  chapters: [
    { file: 'ch1.xhtml', body: `<h1>الفصل الأول: الانسحاب</h1><p>${P1}</p><h2 id="mills">كلمة ميلز</h2><p>${P2}</p>` },
    { file: 'ch2.xhtml', body: `<h1>الفصل الثاني: السياسة الخارجية</h1><blockquote><p>${P3}</p></blockquote><ul><li>روسيا</li><li>تركيا</li></ul><p>${P4}</p>` },
  ],
  nav: [
    ['الفصل الأول: الانسحاب', 'ch1.xhtml', [['كلمة ميلز', 'ch1.xhtml#mills']]],
    ['الفصل الثاني: السياسة الخارجية', 'ch2.xhtml'],
  ],
};

function parsed(spec: EpubSpec, name = 'كتاب.epub'): { document: ParsedDocument; problems: Message[] } {
  const result = parseEpub(name, buildEpub(spec));
  if (!result.ok) throw new Error(`expected a book, got: ${inEnglish({ ...result.reason, values: { ...result.reason.values, file: name } })}`);
  return result;
}

function refused(bytes: Uint8Array): string {
  const result = parseEpub('كتاب.epub', bytes);
  if (result.ok) throw new Error('expected a refusal');
  return inEnglish({ ...result.reason, values: { ...result.reason.values, file: 'كتاب.epub' } });
}

/** Every block's text is the slice of the document's text at its offsets. */
function expectExactOffsets(document: ParsedDocument): void {
  for (const block of document.blocks) expect(document.text.slice(block.start, block.end)).toBe(block.text);
}

describe('parseEpub reads an EPUB 3 book', () => {
  it('takes Arabic metadata, the reading direction and the spine order from the package file', () => {
    const { document, problems } = parsed(ARABIC_BOOK);
    expect(problems).toEqual([]);
    expect(document).toMatchObject({ title: TITLE, titleDerived: false, byline: 'ريتشارد ميلز، جو بايدن', source: 'دار القراءة', publishedAt: '2021-02-01', url: null });
    expect(document.book).toEqual({ language: 'ar', identifier: 'urn:isbn:9789953000000', direction: 'rtl', date: '2021-02-01' });
    expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'الفصل الأول: الانسحاب'],
      ['paragraph', P1],
      ['heading', 'كلمة ميلز'],
      ['paragraph', P2],
      ['heading', 'الفصل الثاني: السياسة الخارجية'],
      ['quote', P3],
      ['list-item', 'روسيا'],
      ['list-item', 'تركيا'],
      ['paragraph', P4],
    ]);
    expectExactOffsets(document);
    expect(document.wordCount).toBeGreaterThan(40);
  });

  it('turns the navigation document into a nested table of contents whose offsets start at each heading', () => {
    const { document } = parsed(ARABIC_BOOK);
    expect(document.toc?.map(({ title, level }) => [title, level])).toEqual([
      ['الفصل الأول: الانسحاب', 1],
      ['كلمة ميلز', 2],
      ['الفصل الثاني: السياسة الخارجية', 1],
    ]);
    for (const entry of document.toc ?? []) expect(document.text.slice(entry.offset, entry.offset + entry.title.length)).toBe(entry.title);
  });

  it('reads a navigation title as the text a reader sees, without code inside its link', () => {
    const nav = `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol><li><a href="ch1.xhtml">الفصل <script>window.__pwned = 1</script><style>a{}</style><em>الأول</em></a></li></ol></nav></body></html>`;
    const { document } = parsed({ ...ARABIC_BOOK, extra: { 'OEBPS/nav.xhtml': nav } });
    expect(document.toc?.map((entry) => entry.title)).toEqual(['الفصل الأول']);
  });

  it('leaves out a navigation entry into a file that is not part of the book, and its nav list is not read as text', () => {
    const { document } = parsed({ ...ARABIC_BOOK, nav: [...(ARABIC_BOOK.nav ?? []), ['ملحق', 'appendix.xhtml'], ['موقع', 'https://example.com/']] });
    expect(document.toc?.map((entry) => entry.title)).toEqual(['الفصل الأول: الانسحاب', 'كلمة ميلز', 'الفصل الثاني: السياسة الخارجية']);
    expect(document.text).not.toContain('المحتويات');
  });

  it('without a navigation document, the headings stand in for the table of contents', () => {
    const { document } = parsed({ ...ARABIC_BOOK, nav: [] });
    expect(document.toc).toBeUndefined();
    expect(tableOfContents(document).map((entry) => entry.title)).toEqual(['الفصل الأول: الانسحاب', 'كلمة ميلز', 'الفصل الثاني: السياسة الخارجية']);
  });

  it('without a title in the package file, takes one from the text', () => {
    const { document } = parsed({ ...ARABIC_BOOK, title: undefined });
    expect(document.titleDerived).toBe(true);
    expect(document.title).not.toBe('');
  });
});

describe('parseEpub reads an EPUB 2 book', () => {
  it('takes its table of contents from the NCX, nested points as levels', () => {
    const { document, problems } = parsed({ ...ARABIC_BOOK, version: 2, direction: undefined });
    expect(problems).toEqual([]);
    expect(document.book?.direction).toBeNull();
    expect(document.toc?.map(({ title, level }) => [title, level])).toEqual([
      ['الفصل الأول: الانسحاب', 1],
      ['كلمة ميلز', 2],
      ['الفصل الثاني: السياسة الخارجية', 1],
    ]);
    const mills = document.toc?.[1];
    expect(mills && document.text.slice(mills.offset).startsWith('كلمة ميلز')).toBe(true);
  });
});

describe('parseEpub keeps footnotes and nothing of the book’s code', () => {
  it('keeps a footnote aside as a paragraph and its reference mark as text', () => {
    const { document } = parsed({
      ...ARABIC_BOOK,
      chapters: [{ file: 'ch1.xhtml', body: `<p>${P1}<a epub:type="noteref" href="#fn1">1</a></p><aside epub:type="footnote" id="fn1"><p>1. المصدر: محضر جلسة مجلس الأمن.</p></aside>` }],
      nav: [],
    });
    expect(document.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', `${P1}1`],
      ['paragraph', '1. المصدر: محضر جلسة مجلس الأمن.'],
    ]);
  });

  it('reads hostile markup as plain text: no script, handler, link target or style survives', () => {
    const body = [
      '<script>window.__pwned = true</script><script src="evil.js"/>',
      '<style>p { color: red }</style>',
      `<p onclick="window.__pwned = true" style="display:none">${P1}</p>`,
      '<p>اقرأ <a href="javascript:window.__pwned=true">التقرير</a> كاملا &lt;script&gt;alert(1)&lt;/script&gt;</p>',
      '<img src="x" onerror="window.__pwned = true"/><iframe src="https://example.com">إطار</iframe>',
      '<svg><text>رسم</text></svg><form><button>زر</button></form>',
    ].join('');
    const { document } = parsed({ ...ARABIC_BOOK, chapters: [{ file: 'ch1.xhtml', body }], nav: [] });
    expect(document.blocks.map((block) => block.text)).toEqual([P1, 'اقرأ التقرير كاملا <script>alert(1)</script>']);
    for (const code of ['__pwned', 'color: red', 'javascript', 'evil.js', 'STYLE APPLIED', 'onclick', 'إطار', 'زر', 'رسم']) expect(document.text).not.toContain(code);
  });
});

/** The central directory's "uncompressed size" of an entry set to `size`, as a zip bomb declares. */
function declareSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const name = strToU8(entry);
  for (let at = 0; at < bytes.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (nameLength === name.length && name.every((byte, index) => bytes[at + 46 + index] === byte)) {
      view.setUint32(at + 24, size, true);
      return bytes;
    }
  }
  throw new Error(`no entry ${entry}`);
}

describe('parseEpub refuses a damaged book with the reason', () => {
  it.each([
    ['a file that is not a zip archive', strToU8('هذا ليس كتابا'), /zip archive is damaged/],
    ['a zip archive without container.xml', zipSync({ 'OEBPS/content.opf': strToU8('<package/>') }), /no readable META-INF\/container\.xml/],
    ['a container naming no package file', buildEpub({ ...ARABIC_BOOK, extra: { 'META-INF/container.xml': '<container><rootfiles/></container>' } }), /names no package file/],
    ['a missing package file', buildEpub({ ...ARABIC_BOOK, omit: ['OEBPS/content.opf'] }), /package file “OEBPS\/content\.opf” is missing/],
    ['a package file without a spine', buildEpub({ ...ARABIC_BOOK, extra: { 'OEBPS/content.opf': '<package><metadata/><manifest/></package>' } }), /has no manifest or no reading order/],
    [
      'a book whose sections are encrypted (DRM)',
      buildEpub({
        ...ARABIC_BOOK,
        chapters: ARABIC_BOOK.chapters.map((chapter) => ({ ...chapter, bytes: Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 200) % 256) })),
        extra: { 'META-INF/encryption.xml': '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"/>' },
      }),
      /sections are encrypted \(the book is protected by DRM\)/,
    ],
    ['every section missing', buildEpub({ ...ARABIC_BOOK, omit: ['OEBPS/ch1.xhtml', 'OEBPS/ch2.xhtml'] }), /none of its 2 sections could be read: the section “OEBPS\/ch1\.xhtml” is missing/],
    ['a section declaring a huge size (a zip bomb)', declareSize(buildEpub(ARABIC_BOOK), 'OEBPS/ch1.xhtml', MAX_ENTRY_BYTES + 1), /“OEBPS\/ch1\.xhtml” inside it unpacks to 64 MB.*zip bomb/],
    ['sections declaring too much text in all', declareSize(declareSize(declareSize(declareSize(declareSize(buildEpub(ARABIC_BOOK), 'OEBPS/ch1.xhtml', 60e6), 'OEBPS/ch2.xhtml', 60e6), 'OEBPS/nav.xhtml', 60e6), 'OEBPS/content.opf', 60e6), 'META-INF/container.xml', 60e6), /its text unpacks to 286 MB/],
  ])('%s', (_, bytes, reason) => {
    expect(refused(bytes)).toMatch(reason);
  });
});

describe('parseEpub imports a book with missing parts and names each of them', () => {
  it('a missing section and an undecodable one are named; the rest is read and its navigation still placed', () => {
    const spec: EpubSpec = {
      ...ARABIC_BOOK,
      chapters: [...ARABIC_BOOK.chapters, { file: 'ch3.xhtml', body: '', bytes: encodeAs('<html><body><p>نص بترميز آخر</p></body></html>', 'windows-1256') }, { file: 'ch4.xhtml', body: '<p>غائب</p>' }],
      omit: ['OEBPS/ch4.xhtml'],
    };
    const { document, problems } = parsed(spec);
    expect(problems).toEqual([
      { id: 'import.problem.epub.sectionUndecodable', values: { part: 'OEBPS/ch3.xhtml' } },
      { id: 'import.problem.epub.sectionMissing', values: { part: 'OEBPS/ch4.xhtml' } },
    ]);
    expect(problems.map(inEnglish)).toEqual(['the section “OEBPS/ch3.xhtml” is not valid UTF-8 or UTF-16 text', 'the section “OEBPS/ch4.xhtml” is missing from the file']);
    expect(document.blocks.at(-1)?.text).toBe(P4);
    expect(document.toc).toHaveLength(3);
  });
});

describe('the sections a book could not read are messages, worded in the interface language', () => {
  const arabic = createFormatter('ar', 'ar-u-nu-arab');
  const inArabic = (message: Message) => wordMessage(message, (id, values) => arabic.formatMessage({ id }, values));

  it('names each missing section of an unreadable book, with the count, in Arabic and English', () => {
    const outcome = parseEpub('كتاب.epub', buildEpub({ ...ARABIC_BOOK, omit: ['OEBPS/ch1.xhtml', 'OEBPS/ch2.xhtml'] }));
    const problems = ['OEBPS/ch1.xhtml', 'OEBPS/ch2.xhtml'].map((part) => ({ id: 'import.problem.epub.sectionMissing', values: { part } }));
    expect(outcome).toEqual({ ok: false, reason: { id: 'import.reason.epub.noSectionReadable', values: { count: 2, problems, more: 0 } } });
    if (outcome.ok) return;
    const reason: Message = { ...outcome.reason, values: { ...outcome.reason.values, file: 'كتاب.epub' } };
    expect(inArabic(reason)).toBe('تعذّر استيراد «كتاب.epub» كتابًا بصيغة EPUB: لم يُقرأ أي قسم من أقسامه (قسمان): القسم «OEBPS/ch1.xhtml» مفقود من الملف؛ القسم «OEBPS/ch2.xhtml» مفقود من الملف.');
    expect(inEnglish(reason)).toBe('“كتاب.epub” cannot be imported as an EPUB book: none of its 2 sections could be read: the section “OEBPS/ch1.xhtml” is missing from the file; the section “OEBPS/ch2.xhtml” is missing from the file.');
  });

  it('names three sections and marks the rest as left out', () => {
    const chapters = Array.from({ length: 5 }, (_, index) => ({ file: `c${index + 1}.xhtml`, body: '<p>نص</p>' }));
    const outcome = parseEpub('كتاب.epub', buildEpub({ ...ARABIC_BOOK, chapters, omit: chapters.map((chapter) => `OEBPS/${chapter.file}`) }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason.values).toMatchObject({ count: 5, more: 2 });
    expect(inArabic({ ...outcome.reason, values: { ...outcome.reason.values, file: 'كتاب.epub' } })).toMatch(/القسم «OEBPS\/c3\.xhtml» مفقود من الملف…\.$/);
  });

  it('words a section missing from an imported book in Arabic', () => {
    const outcome = parseEpub('كتاب.epub', buildEpub({ ...ARABIC_BOOK, omit: ['OEBPS/ch2.xhtml'] }));
    expect(outcome.ok && outcome.problems.map(inArabic)).toEqual(['القسم «OEBPS/ch2.xhtml» مفقود من الملف']);
  });
});

describe('importFile imports .epub books', () => {
  function imported(outcome: Awaited<ReturnType<typeof importFile>>): ImportedFile {
    if (!outcome.ok) throw new Error(inEnglish(outcome.failure.reason));
    return outcome.file;
  }

  it('as the epub format, with the hash of the original bytes', async () => {
    const bytes = buildEpub(ARABIC_BOOK);
    const file = imported(await importFile('ليبيا.epub', bytes));
    expect(file).toMatchObject({ fileName: 'ليبيا.epub', format: 'epub', encoding: 'utf-8', byteLength: bytes.byteLength });
    expect(file.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(file.problems).toBeUndefined();
    expect(file.document.title).toBe(TITLE);
  });

  it('names the missing parts of a damaged book it imports', async () => {
    const file = imported(await importFile('ليبيا.epub', buildEpub({ ...ARABIC_BOOK, omit: ['OEBPS/ch2.xhtml'] })));
    expect(file.problems).toEqual([{ id: 'import.problem.epub.sectionMissing', values: { part: 'OEBPS/ch2.xhtml' } }]);
  });

  it('refuses a damaged book with a reason naming the file', async () => {
    const outcome = await importFile('ليبيا.epub', zipSync({ 'a.txt': strToU8('x') }));
    expect(outcome).toMatchObject({ ok: false, failure: { fileName: 'ليبيا.epub', reason: { id: 'import.reason.epub.noContainer', values: { file: 'ليبيا.epub', container: 'META-INF/container.xml' } } } });
    if (!outcome.ok) expect(inEnglish(outcome.failure.reason)).toMatch(/^“ليبيا\.epub” cannot be imported as an EPUB book: it has no readable META-INF\/container\.xml, which says where the book’s package file is\.$/);
  });
});
