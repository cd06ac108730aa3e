import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorpusText } from '../corpus/parse-corpus';
import type { NotebookExportInput } from './export-types';
import { lexicalJsonToMarkdown } from './lexical-json-markdown';
import { makeNotebookFixture } from './notebook-fixture';
import { prepareDocument } from './prepare-document';
import { documentUri, textLanguage, w3cAnnotations, type WebAnnotation } from './w3c-annotations';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const VALIDATOR = path.join(ROOT, '../shared/w3c-annotation/validate-annotation.mjs');
const SEEDS = new URL('../../../../seeds/', import.meta.url);
const documents = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => parseCorpusText(n.replace(/\.txt$/, ''), n, readFileSync(new URL(n, SEEDS), 'utf8')));
const fixture = makeNotebookFixture(documents, 8);
const input: NotebookExportInput = {
  documents: documents.map((doc) => prepareDocument(doc, null, fixture.highlights.filter((h) => h.docId === doc.id))),
  notes: [...fixture.notes, { id: 'free-1', title: 'Reading list', highlightId: null, docId: null, markdown: 'Read *again* 📚', createdAt: 5, modifiedAt: 6 }],
  exportedAt: '2024-05-01T10:00:00.000Z',
};
const collection = w3cAnnotations(input, 'urn:uuid:11111111-2222-4333-8444-555555555555');
const items = collection.first.items;
const dir = mkdtempSync(path.join(tmpdir(), 'qiraa-w3c-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function targetOf(item: WebAnnotation) {
  if (typeof item.target === 'string') throw new Error('expected a specific resource');
  return item.target;
}

describe('w3cAnnotations', () => {
  it('passes every MUST assertion of the W3C validator', () => {
    const file = path.join(dir, 'annotations.jsonld');
    writeFileSync(file, JSON.stringify(collection, null, 2));
    let output = '';
    let status = 0;
    try {
      output = execFileSync(process.execPath, [VALIDATOR, file], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      status = failed.status;
      output = failed.stdout;
    }
    expect(output).toContain(`0 MUST failure(s)`);
    expect(status).toBe(0);
  });

  it('has one annotation per highlight and per free-standing note', () => {
    const free = input.notes.filter((n) => n.highlightId === null).length;
    expect(items).toHaveLength(fixture.highlights.length + free);
    expect(collection.total).toBe(items.length);
  });

  it('selects with every TextPositionSelector exactly its TextQuoteSelector’s text', () => {
    const texts = new Map(documents.map((d) => [documentUri(d.id), d.text]));
    let checked = 0;
    for (const item of items.filter((i) => typeof i.target !== 'string')) {
      const { source, selector } = targetOf(item);
      const quote = selector.find((s) => s.type === 'TextQuoteSelector');
      const position = selector.find((s) => s.type === 'TextPositionSelector');
      expect(quote).toBeDefined();
      if (position && quote?.type === 'TextQuoteSelector') {
        expect(texts.get(source)!.slice(position.start, position.end)).toBe(quote.exact);
        checked++;
      }
    }
    expect(checked).toBe(input.documents.reduce((n, d) => n + d.anchored.length, 0));
  });

  it('keeps orphans with their stored quote and no position that would select something else', () => {
    const orphanIds = new Set(input.documents.flatMap((d) => d.orphans.map((h) => `urn:uuid:${h.id}`)));
    expect(orphanIds.size).toBeGreaterThan(0);
    for (const item of items.filter((i) => orphanIds.has(i.id))) {
      expect(targetOf(item).selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    }
  });

  it('carries the note as Markdown with language and direction, and tags as tagging bodies', () => {
    const withNote = fixture.notes.find((n) => n.highlightId !== null && n.markdown.startsWith('## قراءة'))!;
    const item = items.find((i) => i.id === `urn:uuid:${withNote.highlightId}`)!;
    expect(item.motivation).toBe('commenting');
    expect(item.body?.[0]).toMatchObject({ type: 'TextualBody', format: 'text/markdown', language: 'ar', textDirection: 'rtl', purpose: 'commenting', value: withNote.markdown });
    const tagged = items.find((i) => i.body?.some((b) => b.purpose === 'tagging'))!;
    expect(tagged.body!.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['سياسة', 'ليبيا']);
  });

  it('gives colour and style as a CSS class with its stylesheet', () => {
    const highlight = fixture.highlights[0]!;
    const item = items.find((i) => i.id === `urn:uuid:${highlight.id}`)!;
    expect(targetOf(item).styleClass).toBe(`qiraa-${highlight.color}-${highlight.style}`);
    expect(item.stylesheet?.value).toContain(`.qiraa-${highlight.color}-${highlight.style}`);
  });

  it('makes a plain highlight a highlighting annotation without a body', () => {
    const bare = fixture.highlights.find((h) => h.tags.length === 0 && !fixture.notes.some((n) => n.highlightId === h.id))!;
    const item = items.find((i) => i.id === `urn:uuid:${bare.id}`)!;
    expect(item.motivation).toBe('highlighting');
    expect(item.body).toBeUndefined();
  });

  it('writes no javascript: URL from a note whose stored content holds one, keeping the link’s text', () => {
    const link = { type: 'link', version: 1, url: 'javascript:alert(document.cookie)', children: [{ type: 'text', version: 1, text: 'اضغط هنا', format: 0 }] };
    const content = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [link] }] } });
    const note = { id: 'free-2', title: 'روابط', highlightId: null, docId: null, markdown: lexicalJsonToMarkdown(content), createdAt: 5, modifiedAt: 6 };
    const json = JSON.stringify(w3cAnnotations({ ...input, notes: [note] }, 'urn:uuid:11111111-2222-4333-8444-555555555556'));
    expect(json).not.toMatch(/javascript:/i);
    expect(json).toContain('اضغط هنا');
  });

  it('leaves out a time no date can hold instead of failing the export', () => {
    const note = { id: 'free-clock', title: 'ساعة معطلة', highlightId: null, docId: null, markdown: 'نص', createdAt: 9e15, modifiedAt: 6 };
    const [item] = w3cAnnotations({ ...input, documents: [], notes: [note] }, 'urn:uuid:11111111-2222-4333-8444-555555555557').first.items;
    expect(item).not.toHaveProperty('created');
    expect(item!.modified).toBe('1970-01-01T00:00:00.006Z');
  });

  it('points note links at the linked annotations', () => {
    const summary = items.find((i) => i.body?.[0]?.value.includes('# خلاصة'))!;
    expect(summary.body![0]!.value).toMatch(/\]\(urn:uuid:[0-9a-f-]+\)/);
    expect(summary.body![0]!.value).not.toContain('qiraa:');
  });

  it.each([
    ['Arabic text', 'قال ميلز إن الانسحاب ضروري', 'ar', 'rtl'],
    ['Arabic starting with a Latin word', 'BBC نقلت الخبر', 'ar', 'rtl'],
    ['English text', 'Read again', 'en', 'ltr'],
    ['only emoji and digits', '📚 2021', 'ar', 'rtl'],
  ])('detects the language of %s', (_, text, language, textDirection) => {
    expect(textLanguage(text)).toEqual({ language, textDirection });
  });
});
