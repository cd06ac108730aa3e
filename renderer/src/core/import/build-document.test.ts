import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../corpus/parse-corpus';
import { assembleText, buildDocument, fileStem } from './build-document';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);
const SEED_NAMES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();

const NO_METADATA = { title: null, byline: null, source: null, tags: [], publishedAt: null, url: null };
const HEADING = 'الاستيلاء على طرابلس';
const PARAGRAPH = 'وقال بومبيو "أذكّره (لافروف) بأن هناك حظراً للأسلحة لا يزال مطبقاً في ليبيا".';

describe('assembleText', () => {
  it('joins blocks with a blank line and gives each its exact offsets', () => {
    const { text, blocks } = assembleText([
      { kind: 'heading', text: HEADING },
      { kind: 'paragraph', text: PARAGRAPH },
    ]);
    expect(text).toBe(`${HEADING}\n\n${PARAGRAPH}`);
    expect(blocks).toEqual([
      { kind: 'heading', start: 0, end: HEADING.length, text: HEADING },
      { kind: 'paragraph', start: HEADING.length + 2, end: text.length, text: PARAGRAPH },
    ]);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it('trims blocks and leaves out the ones with no text', () => {
    const { text, blocks } = assembleText([
      { kind: 'paragraph', text: '  \n ' },
      { kind: 'quote', text: `\n  ${PARAGRAPH}  \n` },
      { kind: 'list-item', text: '' },
    ]);
    expect(text).toBe(PARAGRAPH);
    expect(blocks.map((block) => block.kind)).toEqual(['quote']);
  });

  it('counts quotes and list items as article text, and credits not', () => {
    const { wordCount } = assembleText([
      { kind: 'quote', text: 'لا حل عسكرياً للأزمة' },
      { kind: 'list-item', text: 'سحب المرتزقة' },
      { kind: 'byline', text: 'بقلم علي بومنجل الجزائري' },
    ]);
    expect(wordCount).toBe(4 + 2);
  });

  it('counts words exactly as the corpus parser does, article by article', () => {
    for (const name of SEED_NAMES) {
      const doc = parseCorpusText(name, name, readFileSync(new URL(name, SEEDS_DIR), 'utf8'));
      expect(assembleText(doc.blocks).wordCount).toBe(doc.wordCount);
    }
  });
});

describe('buildDocument chooses a title', () => {
  const parts = [
    { kind: 'title' as const, text: 'تحركات أميركية في ليبيا' },
    { kind: 'paragraph' as const, text: PARAGRAPH },
  ];

  it('the title the file states wins over its title block', () => {
    const doc = buildDocument('x.md', parts, { ...NO_METADATA, title: '  عنوان من البيانات  ' });
    expect([doc.title, doc.titleDerived]).toEqual(['عنوان من البيانات', false]);
  });

  it('else the title block', () => {
    const doc = buildDocument('x.md', parts, NO_METADATA);
    expect([doc.title, doc.titleDerived]).toEqual(['تحركات أميركية في ليبيا', false]);
  });

  it('else the opening sentence', () => {
    const doc = buildDocument('x.md', [{ kind: 'paragraph', text: 'وصل الوفد إلى بنغازي صباح اليوم. ثم غادر إلى سرت.' }], NO_METADATA);
    expect([doc.title, doc.titleDerived]).toEqual(['وصل الوفد إلى بنغازي صباح اليوم', true]);
  });

  it('else the file name without its extension', () => {
    const doc = buildDocument('مسودة/ملاحظات.html', [], NO_METADATA);
    expect([doc.title, doc.titleDerived, doc.text, doc.blocks]).toEqual(['ملاحظات', true, '', []]);
  });
});

describe('fileStem', () => {
  it.each([
    ['مقال.txt', 'مقال'],
    ['تقرير.نهائي.md', 'تقرير.نهائي'],
    ['folder/sub/صفحة.HTML', 'صفحة'],
    ['C:\\Users\\سارة\\مقال.htm', 'مقال'],
    ['.md', '.md'],
    ['README', 'README'],
  ])('%s → %s', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });
});
