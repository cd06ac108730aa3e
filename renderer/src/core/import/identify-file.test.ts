import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/in-english';
import { extensionOf, identifyFile } from './identify-file';

const ARABIC = strToU8('دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.');
const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)));

const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
const PNG = bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 ');
const OLD_OFFICE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const RTF = strToU8('{\\rtf1\\ansi\\ansicpg1256 {\\fonttbl} مرحبا}');
const EPUB = zipSync({ mimetype: [strToU8('application/epub+zip'), { level: 0 }], 'META-INF/container.xml': strToU8('<container/>') });
const DOCX = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
const ZIP = zipSync({ 'مقالات/مقال.txt': ARABIC });

describe('identifyFile accepts the three text formats by extension, in any case', () => {
  it.each([
    ['مقال.txt', 'txt'],
    ['مقال.TXT', 'txt'],
    ['ملاحظات.md', 'md'],
    ['ملاحظات.Markdown', 'md'],
    ['صفحة.html', 'html'],
    ['صفحة.HTM', 'html'],
    ['مجلد/فرعي/صفحة.htm', 'html'],
  ])('%s is %s', (name, format) => {
    expect(identifyFile(name, ARABIC)).toEqual({ ok: true, format });
  });
});

describe('identifyFile accepts EPUB books and no other zip archive', () => {
  it.each([
    ['كتاب.epub', EPUB],
    ['كتاب.EPUB', EPUB],
    ['كتاب بلا علامة.epub', ZIP],
    ['كتاب.zip', EPUB],
  ])('%s is an EPUB book', (name, content) => {
    expect(identifyFile(name, content)).toEqual({ ok: true, format: 'epub' });
  });
});

describe('identifyFile says what a file is when it cannot be imported', () => {
  it.each([
    ['تقرير.pdf', PDF, '“تقرير.pdf” is a PDF document. Only .txt, .md, .html and .epub files can be imported: copy the text out of the PDF and use “From clipboard”.'],
    ['تقرير.txt', PDF, '“تقرير.txt” is a PDF document.'],
    ['صورة.png', PNG, '“صورة.png” is an image (PNG), not text.'],
    ['صورة.txt', JPEG, '“صورة.txt” is an image (JPEG), not text.'],
    ['متحرك.gif', GIF, '“متحرك.gif” is an image (GIF), not text.'],
    ['صورة.webp', WEBP, '“صورة.webp” is an image (WebP), not text.'],
    ['كتاب.epub', ARABIC, '“كتاب.epub” is named .epub but is not an EPUB book: a book is a zip archive, and this file is not one.'],
    ['كتاب.epub', PDF, '“كتاب.epub” is a PDF document.'],
    ['رسالة.docx', DOCX, '“رسالة.docx” is a Word document. Only .txt, .md, .html and .epub files can be imported: save it as plain text (.txt) or as a web page (.html) and import that.'],
    ['رسالة.doc', OLD_OFFICE, '“رسالة.doc” is an older Microsoft Office document (.doc, .xls or .ppt).'],
    ['جدول.xlsx', DOCX, '“جدول.xlsx” is a spreadsheet.'],
    ['رسالة.rtf', RTF, '“رسالة.rtf” is a rich-text (.rtf) document.'],
    ['رسالة.txt', RTF, '“رسالة.txt” is a rich-text (.rtf) document.'],
    ['مقالات.zip', ZIP, '“مقالات.zip” is a zip archive. Only .txt, .md, .html and .epub files can be imported: unzip it and import the files inside.'],
    ['مقالات.html', ZIP, '“مقالات.html” is a zip archive.'],
    ['برنامج.exe', bytes('MZ', [0x90, 0, 3, 0, 0, 0]), '“برنامج.exe” is a binary file, not text. Only .txt, .md, .html and .epub files can be imported.'],
    ['بيانات.csv', ARABIC, '“بيانات.csv” cannot be imported. A .csv file is not one Qira’a reads: only .txt, .md, .html and .epub files can be imported.'],
    ['README', ARABIC, '“README” cannot be imported. A file without an extension is not one Qira’a reads: only .txt, .md, .html and .epub files can be imported.'],
  ])('%s', (name, content, reason) => {
    const identified = identifyFile(name, content);
    expect(identified.ok).toBe(false);
    if (!identified.ok) expect(inEnglish(identified.reason).startsWith(reason)).toBe(true);
  });

  it('an empty .pdf is still called a PDF, by its name', () => {
    expect(identifyFile('فارغ.pdf', new Uint8Array())).toEqual({ ok: false, reason: { id: 'import.reason.pdf', values: { file: 'فارغ.pdf' } } });
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.TXT', 'txt'],
    ['تقرير.نهائي.md', 'md'],
    ['مجلد.قديم/ملف', ''],
    ['.bashrc', ''],
    ['C:\\وثائق\\صفحة.Htm', 'htm'],
  ])('%s → %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});
