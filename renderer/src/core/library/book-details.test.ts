import { describe, expect, it } from 'vitest';
import { buildEpub } from '../import/epub-fixtures';
import { parseEpub } from '../import/parse-epub';
import { readIdentifier, readStatedDate } from './book-details';
import { toCorpusDocument, toStoredDocument } from './library-document';

describe('readStatedDate', () => {
  it.each([
    ['2022-05-01', Date.UTC(2022, 4, 1)],
    ['2010-12-31T10:00:00Z', Date.UTC(2010, 11, 31)],
  ])('reads %s as a day', (text, time) => {
    expect(readStatedDate(text)).toEqual({ kind: 'day', date: new Date(time) });
  });

  it.each(['2010', '1425 هـ', '2010-02-30', 'ربيع الأول ١٤٤٣'])('keeps %s as the text it is', (text) => {
    expect(readStatedDate(` ${text} `)).toEqual({ kind: 'text', text });
  });
});

describe('readIdentifier', () => {
  it.each([
    ['urn:isbn:978-9953-68-556-2', '978-9953-68-556-2'],
    ['ISBN 9953-68-556-X', '9953-68-556-X'],
    ['9789953685562', '9789953685562'],
  ])('reads %s as the ISBN %s', (text, value) => {
    expect(readIdentifier(text)).toEqual({ kind: 'isbn', value });
  });

  it('keeps another identifier as it is, and leaves out a generated UUID', () => {
    expect(readIdentifier('shamela:1234')).toEqual({ kind: 'other', value: 'shamela:1234' });
    expect(readIdentifier('urn:uuid:0f1e2d3c-4b5a-4697-8877-665544332211')).toBeNull();
    expect(readIdentifier('  ')).toBeNull();
  });
});

describe('a book’s details in the reader', () => {
  const bytes = buildEpub({
    version: 3,
    title: 'أوراق في السياسة الليبية',
    publisher: 'دار المعرفة',
    language: 'ar',
    date: '2010',
    identifier: 'urn:isbn:978-9953-68-556-2',
    chapters: [{ file: 'c1.xhtml', body: '<h1>الفصل الأول</h1><p>دعت الولايات المتحدة الأطراف الليبية إلى وقف القتال.</p>' }],
    nav: [['الفصل الأول', 'c1.xhtml']],
  });

  it('come from the package: language, publisher, the date as stated (a year alone kept), identifier', () => {
    const parsed = parseEpub('سياسة.epub', bytes);
    if (!parsed.ok) throw new Error('not read');
    const file = { fileName: 'سياسة.epub', format: 'epub' as const, encoding: 'utf-8' as const, contentHash: 'ef'.repeat(32), byteLength: bytes.length, document: parsed.document };
    const { row, body } = toStoredDocument(file, 'imp-3', 0);
    expect(toCorpusDocument(row, body).bookDetails).toEqual({ language: 'ar', publisher: 'دار المعرفة', date: '2010', identifier: 'urn:isbn:978-9953-68-556-2' });
    // A row stored before the stated date was kept shows the date read from the package, if any.
    const { date: _date, ...olderBook } = body.book!;
    expect(toCorpusDocument({ ...row, publishedAt: '2010-01-01' }, { ...body, book: olderBook }).bookDetails?.date).toBe('2010-01-01');
    // Documents that are not books have none.
    const { book: _book, ...article } = body;
    expect(toCorpusDocument(row, article).bookDetails).toBeUndefined();
  });
});
