import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { describeRange } from '../anchoring/selectors';
import { parseCorpusText } from '../corpus/parse-corpus';
import type { Highlight } from '../highlights/highlight-types';
import { demoteHeadings, documentMarkdown, highlightLocation } from './document-markdown';
import type { ExportNote } from './export-types';
import { RLM } from './markdown-escape';
import { prepareDocument } from './prepare-document';

const SEEDS = new URL('../../../../seeds/', import.meta.url);
const seedName = readdirSync(SEEDS).filter((n) => n.startsWith('000_'))[0]!;
const document = parseCorpusText(seedName.replace(/\.txt$/, ''), seedName, readFileSync(new URL(seedName, SEEDS), 'utf8'));
const md = new MarkdownIt();
type Token = ReturnType<typeof md.parse>[number];
const noLinks = { note: (_: string, text: string) => text, passage: (_: string, text: string) => text };

function highlightOn(id: string, exact: string, occurrence = 0, extra: Partial<Highlight> = {}): Highlight {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = document.text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`not in the seed: ${exact}`);
  return { id, docId: document.id, color: 'yellow', style: 'highlight', tags: [], selectors: describeRange(document.text, start, start + exact.length), sortIndex: start, createdAt: 1, modifiedAt: 2, ...extra };
}

function note(id: string, highlightId: string | null, markdown: string, title = 'ملاحظة'): ExportNote {
  return { id, title, highlightId, docId: document.id, markdown, createdAt: 10, modifiedAt: 20 };
}

function splitFrontmatter(text: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { meta: parseYaml(match[1]!) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/**
 * The text of each highlight's block quote (a top-level quote followed by its `^h-…` block id),
 * paragraphs joined by newlines, without RLMs. Other quotes come from notes.
 */
function highlightQuotes(tokens: Token[]): string[] {
  const quotes: string[] = [];
  let depth = 0;
  let current: string[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'blockquote_open' && depth++ === 0) current = [];
    else if (token.type === 'blockquote_close' && --depth === 0) {
      if (/^\^h-/.test(tokens[i + 2]?.content ?? '')) quotes.push(current.join('\n'));
    } else if (depth === 1 && token.type === 'inline') current.push(token.content.replace(/\\(.)/g, '$1').replaceAll(RLM, ''));
  });
  return quotes;
}

const first = highlightOn('h-1', 'دعت الولايات المتحدة إلى الانسحاب الفوري');
const later = highlightOn('h-2', 'ريتشارد ميلز جونيور', 0, { color: 'green', tags: ['أمم متحدة', 'a*b'] });
const orphan: Highlight = { ...highlightOn('h-3', 'الطلب'), selectors: { ...describeRange(document.text, 0, 5), quote: { type: 'TextQuoteSelector', exact: 'جملة لم تعد في النص', prefix: '', suffix: '' } } };
const notes = [
  note('n-1', 'h-2', '## تحليل\n\nقال **ميلز** إن *الانسحاب* ضروري.\n\n- روسيا\n- تركيا\n\n> اقتباس\n\n[رابط](https://example.org)'),
  note('n-2', null, 'BBC نقلت الخبر', 'ملاحظة حرة'),
];
const doc = prepareDocument(document, 'انسحاب القوات الأجنبية', [later, orphan, first]);
const markdown = documentMarkdown(doc, { exportedAt: '2024-05-01T10:00:00.000Z', notes, links: noLinks });
const { meta, body } = splitFrontmatter(markdown);
const tokens = md.parse(body, {});

describe('documentMarkdown', () => {
  it('writes the frontmatter fields as YAML', () => {
    expect(meta).toEqual({
      title: 'انسحاب القوات الأجنبية',
      document_id: document.id,
      source: document.source,
      byline: document.byline,
      tags: document.tags,
      exported_at: '2024-05-01T10:00:00.000Z',
      highlights: 3,
      orphans: 1,
      notes: 2,
    });
  });

  it('starts with the document title as the only level-1 heading', () => {
    const h1 = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.tag === 'h1');
    expect(h1.map((t) => t.content)).toEqual(['انسحاب القوات الأجنبية']);
  });

  it('quotes each highlight once with its exact text, in reading order, orphans last', () => {
    expect(highlightQuotes(tokens)).toEqual([first.selectors.quote.exact, later.selectors.quote.exact, 'جملة لم تعد في النص']);
  });

  it('says where each highlight is, with its colour and tags escaped', () => {
    expect(body).toContain('*Green · tags: أمم متحدة, a\\*b · paragraph 1*');
    expect(body).toContain('*Yellow · paragraph 1*');
  });

  it('puts orphans in their own marked section', () => {
    const orphanSection = body.slice(body.indexOf('## Orphaned highlights'));
    expect(orphanSection).toContain('جملة لم تعد في النص');
    expect(orphanSection).toContain('orphan: not found in the current text');
    expect(body.indexOf('## Orphaned highlights')).toBeGreaterThan(body.indexOf('ريتشارد ميلز جونيور'));
  });

  it('keeps the note’s headings, emphasis, lists, quotes and links, headings moved under the highlight', () => {
    const types = tokens.map((t) => t.type);
    expect(types).toContain('bullet_list_open');
    const h4 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h4');
    expect(tokens[h4 + 1]?.content).toBe('تحليل');
    const inline = tokens.filter((t) => t.type === 'inline').flatMap((t) => t.children ?? []).map((c) => c.type);
    expect(inline).toEqual(expect.arrayContaining(['strong_open', 'em_open', 'link_open']));
    expect(tokens.filter((t) => t.type === 'blockquote_open')).toHaveLength(4); // three highlights and the note's quote
  });

  it('writes free-standing notes of the document under Notes, right-to-left safe', () => {
    const notesSection = body.slice(body.indexOf('## Notes'));
    expect(notesSection).toContain('### ملاحظة حرة');
    expect(notesSection).toContain(`${RLM}BBC نقلت الخبر`);
  });
});

describe('highlightLocation', () => {
  const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph');
  it.each([
    ['the first paragraph', paragraphs[0]!.start, 1],
    ['inside the second paragraph', paragraphs[1]!.start + 10, 2],
    ['the third paragraph', paragraphs[2]!.start, 3],
  ])('numbers %s', (_, offset, expected) => {
    expect(highlightLocation(document, offset).paragraph).toBe(expected);
  });

  it('names the section heading and counts paragraphs from it', () => {
    const withHeading = parseCorpusText('t', 't.txt', 'العنوان الرئيسي\nفقرة أولى طويلة بما يكفي لتكون فقرة في النص.\nالقسم الثاني\nفقرة ثانية طويلة بما يكفي لتكون فقرة في النص.\n');
    const headings = withHeading.blocks.filter((b) => b.kind === 'heading');
    const last = withHeading.blocks.at(-1)!;
    const location = highlightLocation(withHeading, last.start + 3);
    expect(location.section).toBe(headings.at(-1)?.text ?? null);
    expect(location.paragraph).toBeGreaterThanOrEqual(1);
  });
});

describe('demoteHeadings', () => {
  it.each([
    ['# عنوان', '### عنوان'],
    ['##### عميق', '###### عميق'],
    ['نص # ليس عنواناً', 'نص # ليس عنواناً'],
    ['```\n# داخل الكود\n```', '```\n# داخل الكود\n```'],
  ])('moves %j down two levels', (input, expected) => {
    expect(demoteHeadings(input, 2)).toBe(expected);
  });
});
