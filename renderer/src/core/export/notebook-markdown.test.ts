import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCorpusText } from '../corpus/parse-corpus';
import type { ExportNote, NotebookExportInput } from './export-types';
import { RLM } from './markdown-escape';
import { makeNotebookFixture } from './notebook-fixture';
import { notebookMarkdown, planFileNames, singleDocumentMarkdown } from './notebook-markdown';
import { prepareDocument } from './prepare-document';
import { utf8ByteLength } from './safe-file-name';

const SEEDS = new URL('../../../../seeds/', import.meta.url);
const documents = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => parseCorpusText(n.replace(/\.txt$/, ''), n, readFileSync(new URL(n, SEEDS), 'utf8')));
const fixture = makeNotebookFixture(documents, 6);
const oddTitle: ExportNote = { id: 'free-odd', title: 'CON: ماذا؟ / #1 [مسودة]', highlightId: null, docId: null, markdown: 'نص *مائل* و \\* نجمة', createdAt: 1, modifiedAt: 1 };
const sameTitle: ExportNote = { ...oddTitle, id: 'free-odd-2', title: 'con: ماذا؟ / #1 [مسودة]', createdAt: 2, markdown: 'con: ماذا؟ نسخة ثانية' };
const input: NotebookExportInput = {
  documents: documents.map((doc) => prepareDocument(doc, null, fixture.highlights.filter((h) => h.docId === doc.id))),
  notes: [...fixture.notes, oddTitle, sameTitle],
  exportedAt: '2024-05-01T10:00:00.000Z',
};
const { files, combined } = notebookMarkdown(input);
const byName = new Map(files.map((f) => [f.name.replace(/\.md$/, ''), f.content]));
const md = new MarkdownIt();

const WIKILINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
const PASSAGE_LINK = /\]\(([^)\s]+\.md)#(\^h-[A-Za-z0-9-]+)\)/g;

function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parseYaml(match?.[1] ?? 'null') as Record<string, unknown>;
}

/** Top-level block quotes followed by a highlight block id. */
function highlightQuoteCount(text: string): number {
  const tokens = md.parse(text, {});
  let depth = 0;
  let count = 0;
  tokens.forEach((token, i) => {
    if (token.type === 'blockquote_open') depth++;
    if (token.type === 'blockquote_close' && --depth === 0 && /^\^h-/.test(tokens[i + 2]?.content ?? '')) count++;
  });
  return count;
}

describe('notebookMarkdown as a folder', () => {
  it('writes one file per document with highlights and one per free-standing note', () => {
    const freeNotes = input.notes.filter((n) => n.highlightId === null);
    expect(files).toHaveLength(input.documents.length + freeNotes.length);
  });

  it('gives every file a unique, safe name that keeps its Arabic', () => {
    const lower = files.map((f) => f.name.toLowerCase());
    expect(new Set(lower).size).toBe(files.length);
    for (const { name } of files) {
      // eslint-disable-next-line no-control-regex -- control characters must not be in names
      expect(name).not.toMatch(/[<>:"/\\|?*#^[\]\u0000-\u001F]/);
      expect(utf8ByteLength(name)).toBeLessThanOrEqual(155);
    }
    expect(byName.has('CON ماذا؟ 1 مسودة')).toBe(true);
    expect(byName.has('con ماذا؟ 1 مسودة (2)')).toBe(true);
    expect(files.some((f) => /[\u0621-\u064A]/.test(f.name))).toBe(true);
  });

  it('quotes every highlight of each document in its file, with counts in the frontmatter', () => {
    for (const doc of input.documents) {
      const content = byName.get(planFileNames(input).documents.get(doc.document.id)!)!;
      const meta = frontmatterOf(content);
      expect(meta.highlights).toBe(doc.anchored.length + doc.orphans.length);
      expect(meta.orphans).toBe(doc.orphans.length);
      expect(highlightQuoteCount(content)).toBe(doc.anchored.length + doc.orphans.length);
    }
  });

  it('turns links between notes into wikilinks that resolve to exported files and blocks', () => {
    let links = 0;
    for (const { content } of files) {
      for (const [, target] of content.matchAll(WIKILINK)) {
        links++;
        const [file, block] = target!.split('#');
        expect(byName.has(file!), `${target} resolves`).toBe(true);
        if (block) expect(byName.get(file!)).toContain(`\n${block}\n`);
      }
    }
    expect(links).toBeGreaterThanOrEqual(input.documents.length);
  });

  it('turns passage links into links to the quoted passage’s block', () => {
    let links = 0;
    for (const { content } of files) {
      for (const [, destination, block] of content.matchAll(PASSAGE_LINK)) {
        links++;
        const file = decodeURIComponent(destination!).replace(/\.md$/, '');
        expect(byName.get(file)).toContain(`\n${block}\n`);
      }
    }
    expect(links).toBeGreaterThanOrEqual(input.documents.length);
  });

  it('keeps escaped characters in notes literal and marks Arabic paragraphs that start with Latin', () => {
    const html = md.render(byName.get('CON ماذا؟ 1 مسودة')!);
    expect(html).toContain('<em>مائل</em>');
    expect(html).toContain('و * نجمة');
    expect(files.some((f) => f.content.includes(`${RLM}BBC نقلت الخبر`))).toBe(true);
  });
});

// Backups refuse such times now; a row stored before that must not fail the whole export.
describe('a note whose stored time no date can hold', () => {
  it('is exported with that time left empty instead of failing the export', () => {
    const broken: ExportNote = { ...oddTitle, id: 'free-clock', title: 'ساعة معطلة', createdAt: 9e15, modifiedAt: 1e300 };
    const exported = notebookMarkdown({ ...input, notes: [broken] });
    const file = exported.files.find((f) => f.content.includes('free-clock'))!;
    expect(frontmatterOf(file.content)).toMatchObject({ note_id: 'free-clock', created: null, modified: null });
    expect(exported.combined.content).toContain('ساعة معطلة');
  });
});

describe('notebookMarkdown as one combined file', () => {
  const headings = md
    .parse(combined.content.replace(/^---\n[\s\S]*?\n---\n/, ''), {})
    .filter((t, i, all) => t.type === 'inline' && all[i - 1]?.tag === 'h1')
    .map((t) => t.content.replaceAll(RLM, '').replace(/\\(.)/g, '$1'));

  it('has frontmatter with the notebook’s counts', () => {
    expect(frontmatterOf(combined.content)).toMatchObject({ documents: input.documents.length, notes: input.notes.length, highlights: fixture.highlights.length });
  });

  it('has every document and free-standing note as a top-level section', () => {
    expect(headings).toHaveLength(files.length);
  });

  it('links notes to headings and passages to blocks inside the same file', () => {
    for (const [, target] of combined.content.matchAll(WIKILINK)) {
      if (target!.startsWith('#^')) expect(combined.content).toContain(`\n${target!.slice(1)}\n`);
      else expect(headings).toContain(target!.slice(1));
    }
    expect(combined.content).not.toMatch(PASSAGE_LINK);
  });
});

describe('singleDocumentMarkdown', () => {
  it('exports the open document under its notebook name with the export date, so the two files never clash', () => {
    const docId = documents[1]!.id;
    const file = singleDocumentMarkdown(input, docId)!;
    expect(file.name).toBe(`${planFileNames(input).documents.get(docId)} ${input.exportedAt.slice(0, 10)}.md`);
    expect(notebookMarkdown(input).files.map((f) => f.name)).not.toContain(file.name);
    expect(frontmatterOf(file.content).document_id).toBe(docId);
    expect(file.content).toContain('## Notes\n\n### ');
  });

  it('returns null for a document that is not in the export', () => {
    expect(singleDocumentMarkdown(input, 'no-such-document')).toBeNull();
  });
});
