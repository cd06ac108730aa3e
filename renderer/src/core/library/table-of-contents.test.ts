import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../corpus/parse-corpus';
import { readSection } from '../import/epub-section';
import { parseHtmlDocument } from '../import/parse-html';
import { parseMarkdownDocument } from '../import/parse-markdown';
import { toCorpusDocument, toStoredDocument } from './library-document';
import type { StoredBlock } from './library-types';
import { currentEntryIndex, fromStoredToc, headingDepths, offsetOfPosition, tableOfContents, toStoredToc, type TocEntry } from './table-of-contents';

const SEED = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');
const [P1, P2, P3] = SEED.split('\n').filter((line) => line.length > 80);

const MARKDOWN = `# تحركات أميركية في ليبيا\n\n${P1}\n\n## موقف واشنطن\n\n${P2}\n\n## موقف موسكو\n\n${P3}\n`;
// Sections with subsections: ## chapters, ### parts of them.
const NESTED_MARKDOWN = `# تحركات أميركية في ليبيا\n\n${P1}\n\n## موقف واشنطن\n\n### المبعوث الأمريكي\n\n${P2}\n\n### العقوبات\n\n${P3}\n\n## موقف موسكو\n\n${P1}\n`;
const NESTED_HTML = `<html lang="ar" dir="rtl"><head><title>تحركات أميركية في ليبيا | العرب</title></head><body><article><h1>تحركات أميركية في ليبيا</h1><p>${P1}</p>
<h2>موقف واشنطن</h2><p>${P2}</p><h3>المبعوث الأمريكي</h3><p>${P3}</p><h2>موقف موسكو</h2><p>${P1}</p></article></body></html>`;
const titlesAndLevels = (entries: TocEntry[]) => entries.map((entry) => [entry.title, entry.level]);

describe('tableOfContents', () => {
  it('lists a document’s headings, each at the offset of its heading in the original text', () => {
    const document = parseMarkdownDocument('ليبيا.md', MARKDOWN)!;
    const entries = tableOfContents(document);
    expect(entries.map((entry) => entry.title)).toEqual(['موقف واشنطن', 'موقف موسكو']);
    for (const entry of entries) expect(document.text.slice(entry.offset, entry.offset + entry.title.length)).toBe(entry.title);
    expect(entries.every((entry) => entry.level === 1)).toBe(true);
  });

  it('nests Markdown ### headings under their ## heading', () => {
    const document = parseMarkdownDocument('ليبيا.md', NESTED_MARKDOWN);
    expect(titlesAndLevels(tableOfContents(document))).toEqual([
      ['موقف واشنطن', 1],
      ['المبعوث الأمريكي', 2],
      ['العقوبات', 2],
      ['موقف موسكو', 1],
    ]);
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.level)).toEqual([2, 3, 3, 2]);
  });

  it('nests HTML h3 headings under their h2', () => {
    const document = parseHtmlDocument('ليبيا.html', NESTED_HTML)!;
    expect(titlesAndLevels(tableOfContents(document))).toEqual([
      ['موقف واشنطن', 1],
      ['المبعوث الأمريكي', 2],
      ['موقف موسكو', 1],
    ]);
  });

  it('reads heading levels in a book’s sections as in a web page', () => {
    const { blocks } = readSection(`<html><body><h1>الفصل الأول</h1><p>${P1}</p><h2><span>المرتزقة</span> الأجانب</h2><p>${P2}</p></body></html>`);
    expect(blocks.map((block) => [block.kind, block.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
  });

  it('prefers the file’s own navigation to its headings', () => {
    const document = parseMarkdownDocument('ليبيا.md', MARKDOWN)!;
    const toc: TocEntry[] = [{ title: 'الفصل كله', offset: 0, level: 1 }];
    expect(tableOfContents({ ...document, toc })).toEqual(toc);
  });

  it('is empty for a document without headings (a corpus article)', () => {
    const document = parseCorpusText('000', '000.txt', SEED);
    expect(tableOfContents(document)).toEqual([]);
  });
});

describe('headingDepths', () => {
  const heading = (level?: number) => ({ kind: 'heading' as const, start: 0, end: 1, text: 'ب', ...(level === undefined ? {} : { level }) });
  it.each([
    [[2, 3, 4, 2], [1, 2, 3, 1]],
    [[1, 3], [1, 3]],
    [[undefined, undefined], [1, 1]],
  ])('levels %j are at depths %j', (levels, depths) => {
    const blocks = levels.map(heading);
    const depth = headingDepths(blocks);
    expect(blocks.map(depth)).toEqual(depths);
  });
});

describe('currentEntryIndex', () => {
  const entries: TocEntry[] = [
    { title: 'أ', offset: 10, level: 1 },
    { title: 'ب', offset: 50, level: 2 },
    { title: 'ج', offset: 50, level: 3 },
    { title: 'د', offset: 200, level: 1 },
  ];
  it.each([
    [0, -1],
    [10, 0],
    [49, 0],
    [50, 2],
    [199, 2],
    [10_000, 3],
  ])('at offset %i the current entry is %i', (offset, index) => {
    expect(currentEntryIndex(entries, offset)).toBe(index);
  });

  it('takes the nearest entry before the offset even when the navigation lists them out of order', () => {
    expect(currentEntryIndex([entries[3]!, entries[0]!, entries[1]!], 120)).toBe(2);
  });
});

describe('offsetOfPosition', () => {
  const document = parseMarkdownDocument('ليبيا.md', MARKDOWN)!;
  it('is the start of the block in view plus how far into it the view is', () => {
    const block = document.blocks[3]!;
    expect(offsetOfPosition(document.blocks, { blockIndex: 3, offsetRatio: 0 })).toBe(block.start);
    expect(offsetOfPosition(document.blocks, { blockIndex: 3, offsetRatio: 0.5 })).toBe(block.start + Math.floor((block.end - block.start) / 2));
  });

  it('stays inside the document for a position stored against a longer version of it', () => {
    expect(offsetOfPosition(document.blocks, { blockIndex: 99, offsetRatio: 2 })).toBe(document.blocks.at(-1)!.end);
  });
});

describe('stored tables of contents', () => {
  it('survive storing and reading back; rows stored before them read as having none', () => {
    const document = { ...parseMarkdownDocument('ليبيا.md', MARKDOWN)!, toc: [{ title: 'موقف موسكو', offset: 40, level: 2 }] };
    const file = { fileName: 'ليبيا.md', format: 'md' as const, encoding: 'utf-8' as const, contentHash: 'ab'.repeat(32), byteLength: 1, document };
    const { row, body } = toStoredDocument(file, 'imp-1', 0);
    expect(body.toc).toEqual([['موقف موسكو', 40, 2]]);
    expect(toCorpusDocument(row, body).toc).toEqual(document.toc);
    const { toc: _dropped, ...olderBody } = body;
    expect(toCorpusDocument(row, olderBody).toc).toBeUndefined();
  });

  it('keep the headings’ levels; blocks stored before levels were kept read as top-level headings', () => {
    const document = parseMarkdownDocument('ليبيا.md', NESTED_MARKDOWN);
    const file = { fileName: 'ليبيا.md', format: 'md' as const, encoding: 'utf-8' as const, contentHash: 'cd'.repeat(32), byteLength: 1, document };
    const { row, body } = toStoredDocument(file, 'imp-2', 0);
    expect(body.blocks.filter(([kind]) => kind === 'heading').map((block) => block[3])).toEqual([2, 3, 3, 2]);
    expect(body.blocks.find(([kind]) => kind === 'paragraph')).toHaveLength(3);
    expect(titlesAndLevels(tableOfContents(toCorpusDocument(row, body)))).toEqual(titlesAndLevels(tableOfContents(document)));
    const olderBody = { ...body, blocks: body.blocks.map(([kind, start, end]): StoredBlock => [kind, start, end]) };
    const older = toCorpusDocument(row, olderBody);
    expect(titlesAndLevels(tableOfContents(older))).toEqual([
      ['موقف واشنطن', 1],
      ['المبعوث الأمريكي', 1],
      ['العقوبات', 1],
      ['موقف موسكو', 1],
    ]);
    expect(older.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['موقف واشنطن', 'المبعوث الأمريكي', 'العقوبات', 'موقف موسكو']);
  });

  it('drop entries that do not fit the text', () => {
    expect(fromStoredToc([['داخل', 5, 1], ['بعد النهاية', 500, 1], ['مستوى صفر', 1, 0]], 100)).toEqual([{ title: 'داخل', offset: 5, level: 1 }]);
    expect(toStoredToc([{ title: 'أ', offset: 1, level: 2 }])).toEqual([['أ', 1, 2]]);
  });
});
