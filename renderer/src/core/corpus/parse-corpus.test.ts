import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import type { BlockKind, CorpusDocument } from './corpus-types';
import { balanceQuotes, deriveTitle, loadCorpusFile, parseCorpusText } from './parse-corpus';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedText = (name: string): string => readFileSync(new URL(name, SEEDS_DIR), 'utf8');
const seedNamed = (prefix: string): string => SEED_NAMES.find((name) => name.startsWith(prefix)) ?? prefix;

function parseSeed(prefix: string): CorpusDocument {
  const name = seedNamed(prefix);
  return parseCorpusText(name.replace(/\.txt$/, ''), name, seedText(name));
}

/** The block that starts on a given 1-based line of the file, as numbered by `awk` or an editor. */
function blockOnLine(doc: CorpusDocument, lineNumber: number) {
  const lineStart = doc.text.split('\n').slice(0, lineNumber - 1).reduce((offset, line) => offset + line.length + 1, 0);
  const lineEnd = doc.text.indexOf('\n', lineStart) === -1 ? doc.text.length : doc.text.indexOf('\n', lineStart);
  return doc.blocks.find((block) => block.start >= lineStart && block.start < lineEnd);
}

function kindCounts(doc: CorpusDocument): Partial<Record<BlockKind, number>> {
  const counts: Partial<Record<BlockKind, number>> = {};
  for (const block of doc.blocks) counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  return counts;
}

/** Gaps between blocks are whitespace, blocks are trimmed slices in order, and gaps plus blocks rebuild the text. */
function expectNothingLost(doc: CorpusDocument): void {
  let cursor = 0;
  let rebuilt = '';
  for (const block of doc.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(cursor);
    const gap = doc.text.slice(cursor, block.start);
    expect(gap).toMatch(/^\s*$/);
    expect(block.text).toBe(doc.text.slice(block.start, block.end));
    expect(block.text).not.toBe('');
    expect(block.text).toBe(block.text.trim());
    rebuilt += gap + block.text;
    cursor = block.end;
  }
  const trailing = doc.text.slice(cursor);
  expect(trailing).toMatch(/^\s*$/);
  expect(rebuilt + trailing).toBe(doc.text);
}

describe('parseCorpusText on the real corpus', () => {
  const expectedKinds: Array<{ file: string; line: number; kind: BlockKind; text?: string }> = [
    { file: '000', line: 1, kind: 'paragraph' },
    { file: '000', line: 8, kind: 'paragraph' },
    { file: '001', line: 1, kind: 'paragraph' },
    { file: '001', line: 31, kind: 'paragraph' },
    { file: '001', line: 32, kind: 'byline', text: 'بقلم علي بومنجل الجزائري' },
    { file: '001', line: 33, kind: 'source', text: 'موقع المغرب العربي الإخباري' },
    { file: '001', line: 34, kind: 'tag', text: 'الأمم المتحدة' },
    { file: '001', line: 40, kind: 'tag', text: 'ضم' },
    { file: '001', line: 48, kind: 'tag', text: 'الولايات المتحدة' },
    { file: '002', line: 1, kind: 'caption' },
    { file: '002', line: 2, kind: 'boilerplate', text: 'تابعنا' },
    { file: '002', line: 4, kind: 'paragraph' },
    { file: '002', line: 12, kind: 'heading', text: 'الاستيلاء على طرابلس' },
    { file: '002', line: 20, kind: 'heading', text: 'التدخل الروسي' },
    { file: '002', line: 30, kind: 'heading', text: 'رفض تركي' },
    { file: '002', line: 40, kind: 'paragraph' },
    { file: '002', line: 42, kind: 'source', text: 'TRT عربي - وكالات' },
    { file: '002', line: 43, kind: 'boilerplate', text: 'الأكثر تداولاً' },
    { file: '003', line: 1, kind: 'title', text: 'تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي' },
    { file: '003', line: 3, kind: 'paragraph' },
    { file: '003', line: 4, kind: 'boilerplate', text: '-' },
    { file: '003', line: 5, kind: 'related-link', text: 'الفساد والإرهاب وراء قرار واشنطن بتجميد المساعدات لليبيا' },
    { file: '003', line: 6, kind: 'boilerplate', text: '-' },
    // A link after the last dash of a list is still a link: the dash is its bullet.
    { file: '003', line: 7, kind: 'related-link', text: 'حجم المساعدات الأميركية لليبيا يصل إلى مليار دولار' },
    { file: '003', line: 8, kind: 'paragraph' },
    { file: '003', line: 13, kind: 'related-link', text: 'واشنطن تقليص حضورها العسكري في ليبيا.. بداية تراجع استراتيجي في المنطقة؟' },
    { file: '003', line: 24, kind: 'related-link', text: 'باريس تضغط لتعيين مبعوث أممي جديد إلى ليبيا' },
    { file: '003', line: 26, kind: 'related-link', text: 'إدارة ترامب وتنامي النفوذ الروسي في ليبيا.. تجاهل أم استراتيجية؟' },
    { file: '003', line: 28, kind: 'paragraph' },
    { file: '004', line: 1, kind: 'paragraph' },
    { file: '004', line: 41, kind: 'paragraph' },
  ];

  it.each(expectedKinds)('classifies line $line of $file as $kind', ({ file, line, kind, text }) => {
    const block = blockOnLine(parseSeed(file), line);
    expect(block?.kind).toBe(kind);
    if (text !== undefined) expect(block?.text).toBe(text);
  });

  const summaries: Array<{ file: string; counts: Partial<Record<BlockKind, number>> }> = [
    { file: '000', counts: { paragraph: 8 } },
    { file: '001', counts: { paragraph: 31, byline: 1, source: 1, tag: 15 } },
    { file: '002', counts: { caption: 1, boilerplate: 2, paragraph: 16, heading: 3, source: 1 } },
    { file: '003', counts: { title: 1, paragraph: 10, boilerplate: 8, 'related-link': 8 } },
    { file: '004', counts: { paragraph: 21 } },
  ];

  it.each(summaries)('finds exactly the expected blocks of each kind in $file', ({ file, counts }) => {
    expect(kindCounts(parseSeed(file))).toEqual(counts);
  });

  it('uses the title line of 003 and marks it as not derived', () => {
    const doc = parseSeed('003');
    expect(doc.title).toBe('تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي');
    expect(doc.titleDerived).toBe(false);
  });

  it.each([
    { file: '000', title: 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا' },
    // Clean phrases cut at a clause mark or before a new phrase, no ellipsis, quotes paired (004's «
    // used to be left open, and 001, 002 and 004 ended in "…" mid-phrase).
    { file: '001', title: 'تحدث قائد أفريكوم عن فرص الشراكة مع المسؤولين العسكريين في طرابلس الأسبوع الماضي' },
    { file: '002', title: 'قال وزير الخارجية الأمريكي مايك بومبيو في إفادة لصحفيين بمقر وزارة الخارجية' },
    { file: '004', title: 'قالت السفارة الأمريكية أن «القائم بالأعمال جوشوا هاريس زار مدينة بنغازي للتشاور»' },
  ])('derives a short title for $file from its opening paragraph', ({ file, title }) => {
    const doc = parseSeed(file);
    expect(doc.titleDerived).toBe(true);
    expect(doc.title).toBe(title);
    expect(doc.title.replace(/»$/u, '').length).toBeLessThanOrEqual(80);
    expect(doc.title).not.toContain('…');
  });

  it('gathers the fifteen tags, the byline and the outlet of 001', () => {
    const doc = parseSeed('001');
    expect(doc.tags).toHaveLength(15);
    expect(doc.tags.slice(0, 3)).toEqual(['الأمم المتحدة', 'ليبيا', 'قانون الإنفاق الدفاعي']);
    expect(doc.byline).toBe('بقلم علي بومنجل الجزائري');
    expect(doc.source).toBe('موقع المغرب العربي الإخباري');
  });

  it('gives 002 its agency credit as source and no byline or tags', () => {
    const doc = parseSeed('002');
    expect(doc.source).toBe('TRT عربي - وكالات');
    expect(doc.byline).toBeNull();
    expect(doc.tags).toEqual([]);
  });

  it('lists each related link of 003 once, though one appears twice in the file', () => {
    const doc = parseSeed('003');
    expect(doc.relatedLinks).toHaveLength(7);
    expect(doc.relatedLinks).toContain('سيناتور أميركي يدق ناقوس الخطر: توسع روسيا في ليبيا يهدد الاستقرار');
  });

  it('counts words in body blocks only', () => {
    const doc = parseSeed('001');
    const bodyWords = doc.blocks
      .filter((block) => block.kind === 'paragraph')
      .reduce((sum, block) => sum + block.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length, 0);
    expect(doc.wordCount).toBe(bodyWords);
    expect(parseSeed('003').wordCount).toBeGreaterThan(400);
  });

  it.each(SEED_NAMES)('loses no character of %s', (name) => {
    expectNothingLost(parseCorpusText(name, name, seedText(name)));
  });

  it.each(SEED_NAMES)('reads %s the same with Windows line endings', (name) => {
    const unix = parseCorpusText(name, name, seedText(name));
    const windows = parseCorpusText(name, name, seedText(name).replace(/\n/g, '\r\n'));
    expectNothingLost(windows);
    const kindsAndTexts = (doc: CorpusDocument) => doc.blocks.map((block) => [block.kind, block.text]);
    expect(kindsAndTexts(windows)).toEqual(kindsAndTexts(unix));
  });
});

describe('parseCorpusText on other articles', () => {
  it('trims a trailing space off a block without changing the text', () => {
    const doc = parseCorpusText('x', 'x.txt', '  عنوان قصير للمقال  \r\n\r\nفقرة أولى تنتهي بنقطة.   \n');
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['title', 'عنوان قصير للمقال'],
      ['paragraph', 'فقرة أولى تنتهي بنقطة.'],
    ]);
    expectNothingLost(doc);
  });

  it('takes the line after "اقرأ أيضا" as a related link', () => {
    const text = 'فقرة أولى تنتهي بنقطة.\nاقرأ أيضاً:\nعنوان مقال آخر\nفقرة ثانية تنتهي بنقطة.';
    const doc = parseCorpusText('x', 'x.txt', text);
    expect(doc.blocks.map((block) => block.kind)).toEqual(['paragraph', 'boilerplate', 'related-link', 'paragraph']);
  });

  it('treats a single short line closing the article as its credit', () => {
    const doc = parseCorpusText('x', 'x.txt', 'فقرة أولى تنتهي بنقطة.\nالجزيرة نت');
    expect(doc.source).toBe('الجزيرة نت');
  });

  it('keeps every line of a file without paragraphs as body text', () => {
    const doc = parseCorpusText('x', 'x.txt', 'سطر قصير\nسطر آخر');
    expect(doc.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(doc.title).toBe('سطر قصير');
  });

  it('falls back to the id as title when the file has no body text', () => {
    expect(parseCorpusText('007_dashes', '007_dashes.txt', '-\n-').title).toBe('007_dashes');
  });
});

describe('deriveTitle', () => {
  it.each([
    [
      'keeps a short first sentence without its full stop',
      'دعت الولايات المتحدة إلى الانسحاب. ثم قال.',
      'دعت الولايات المتحدة إلى الانسحاب',
    ],
    ['keeps a question mark', 'هل تنسحب القوات الأجنبية من ليبيا؟ الجواب لا.', 'هل تنسحب القوات الأجنبية من ليبيا؟'],
    [
      'keeps a closing quote after the full stop',
      'قال المسؤول: "الزيارة كانت مثمرة للغاية." ثم غادر.',
      'قال المسؤول: "الزيارة كانت مثمرة للغاية"',
    ],
    ['does not stop at an abbreviation', 'د. محمد المنفي يزور طرابلس اليوم. وفي الغد يعود.', 'د. محمد المنفي يزور طرابلس اليوم'],
    [
      'does not stop at ".." inside a headline',
      'تحركات في ليبيا.. أمن المنطقة رهين بكبح التمدد',
      'تحركات في ليبيا.. أمن المنطقة رهين بكبح التمدد',
    ],
    ['does not stop inside a number', 'بلغ النمو 5.3 في المئة هذا العام.', 'بلغ النمو 5.3 في المئة هذا العام'],
  ])('%s', (_why, opening, title) => {
    expect(deriveTitle(opening)).toBe(title);
  });

  it.each([
    ['cuts at the last clause mark that fits', `${'كلمة '.repeat(8)}انتهت، ${'ثم '.repeat(30)}`, `${'كلمة '.repeat(8)}انتهت`],
    ['cuts before a word that opens a new phrase', `${'كلمة '.repeat(12)}وزارة الخارجية إنه ${'قال '.repeat(30)}`, `${'كلمة '.repeat(12)}وزارة الخارجية`],
    ['closes a quote the cut left open', `قال إن «${'كلمة '.repeat(14)}في ${'نص '.repeat(30)}»`, `قال إن «${'كلمة '.repeat(14).trim()}»`],
  ])('%s', (_why, opening, title) => {
    expect(deriveTitle(opening)).toBe(title);
  });

  it('cuts a long opening with no phrase marks at a word boundary, without an ellipsis', () => {
    const title = deriveTitle('كلمة '.repeat(40));
    expect(title.endsWith('كلمة')).toBe(true);
    expect(title).not.toContain('…');
    expect(title.length).toBeLessThanOrEqual(70);
  });

  it('cuts an opening with no spaces at all', () => {
    expect(deriveTitle('ب'.repeat(200))).toBe('ب'.repeat(70));
  });
});

describe('balanceQuotes', () => {
  it.each([
    ['«نص', '«نص»'],
    ['«نص “داخل', '«نص “داخل”»'],
    ['«نص» تام', '«نص» تام'],
    ['قال "نص', 'قال "نص"'],
  ])('%s → %s', (title, balanced) => {
    expect(balanceQuotes(title)).toBe(balanced);
  });
});

describe('parseCorpusText on generated texts', () => {
  const corpusLines = SEED_NAMES.flatMap((name) => seedText(name).split('\n')).map((line) => line.trim()).filter(Boolean);
  const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\uFEFF', '\u2028', '\f'), maxLength: 4 });
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...corpusLines) },
    fc.constantFrom('', '-', ' - ', '–', '***', 'تابعنا', 'بقلم كاتب', 'اقرأ أيضا'),
    fc.string({ maxLength: 30 }),
  );
  const separator = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '\r', '\n \n');
  const generatedText = fc
    .array(fc.tuple(whitespace, piece, whitespace, separator), { maxLength: 40 })
    .map((parts) => parts.map((part) => part.join('')).join(''));

  it('never throws and never loses a character', () => {
    fc.assert(
      fc.property(generatedText, (text) => {
        const doc = parseCorpusText('generated', 'generated.txt', text);
        expectNothingLost(doc);
        if (doc.titleDerived) {
          // At most 80 characters, plus the quotes a cut inside a quotation closes.
          expect(doc.title.replace(/[»”"]+$/u, '').length).toBeLessThanOrEqual(80);
          expect(doc.title).not.toMatch(/…$/u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a character of arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectNothingLost(parseCorpusText('random', 'random.txt', text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadCorpusFile', () => {
  it('loads a seed file as a document', () => {
    const name = seedNamed('003');
    const entry = loadCorpusFile(name, new Uint8Array(readFileSync(new URL(name, SEEDS_DIR))));
    expect(entry.ok && entry.document.id).toBe(name.replace(/\.txt$/, ''));
    expect(entry.ok && entry.document.fileName).toBe(name);
  });

  it.each([
    { why: 'an empty file', fileName: 'a.txt', bytes: new Uint8Array() },
    { why: 'a binary file', fileName: 'b.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
    { why: 'invalid UTF-8', fileName: 'c.txt', bytes: new Uint8Array([0xc3, 0x28]) },
    { why: 'a bad file name', fileName: 'd.pdf', bytes: new TextEncoder().encode('نص') },
  ])('returns an error entry for $why instead of throwing', ({ fileName, bytes }) => {
    const entry = loadCorpusFile(fileName, bytes);
    expect(entry.ok).toBe(false);
    expect(!entry.ok && entry.error.fileName).toBe(fileName);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof loadCorpusFile('any.txt', bytes).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
