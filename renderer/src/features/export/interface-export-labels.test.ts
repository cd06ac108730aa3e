import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../core/corpus/parse-corpus';
import { ENGLISH_EXPORT_LABELS } from '../../core/export/export-labels';
import type { NotebookExportInput } from '../../core/export/export-types';
import { makeNotebookFixture } from '../../core/export/notebook-fixture';
import { notebookMarkdown } from '../../core/export/notebook-markdown';
import { prepareDocument } from '../../core/export/prepare-document';
import { w3cAnnotations } from '../../core/export/w3c-annotations';
import { createFormatter } from '../../i18n/current-intl';
import { interfaceExportLabels } from './interface-export-labels';

const SEEDS = new URL('../../../../seeds/', import.meta.url);
const documents = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => parseCorpusText(n.replace(/\.txt$/, ''), n, readFileSync(new URL(n, SEEDS), 'utf8')));
// Every ninth highlight an orphan, so the orphans' section is written too.
const fixture = makeNotebookFixture(documents, 6, 7, 3);
const input: NotebookExportInput = {
  documents: documents.map((doc) => prepareDocument(doc, null, fixture.highlights.filter((h) => h.docId === doc.id))),
  notes: fixture.notes,
  exportedAt: '2024-05-01T10:00:00.000Z',
};

const english = interfaceExportLabels(createFormatter('en', 'en-u-ca-gregory-nu-latn'));
const arabic = interfaceExportLabels(createFormatter('ar', 'ar-u-ca-gregory-nu-arab'));

/** What other tools read: frontmatter, block ids, wikilinks and passage links, in order. */
function structure(text: string): string[] {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
  return [frontmatter, ...(text.match(/\^h-[A-Za-z0-9-]+|\[\[[^\]]+\]\]|\]\([^)\s]+\)/g) ?? [])];
}

describe('export labels in the interface language', () => {
  it('are, in English, exactly what exports always wrote', () => {
    expect(english).toEqual(ENGLISH_EXPORT_LABELS);
  });

  it('write Arabic headings and place labels in Arabic', () => {
    const { combined } = notebookMarkdown(input, 'دفتر قراءة 2024-05-01', arabic);
    expect(combined.content).toContain('## التظليلات');
    expect(combined.content).toContain('## تظليلات يتيمة');
    expect(combined.content).toMatch(/\*أصفر|\*أخضر|\*أزرق|\*وردي|\*بنفسجي/);
    expect(combined.content).toMatch(/ · الفقرة \d+/);
    expect(combined.content).toContain('يتيم: لم يُعثر عليه في النص الحالي');
    expect(combined.content).not.toContain('## Highlights');
    expect(combined.content).not.toContain('paragraph ');
  });

  it('keep the structure other tools read the same in both languages', () => {
    const inEnglish = notebookMarkdown(input, 'notebook', english);
    const inArabic = notebookMarkdown(input, 'notebook', arabic);
    expect(inArabic.files.map((f) => f.name)).toEqual(inEnglish.files.map((f) => f.name));
    for (const [i, file] of inArabic.files.entries()) expect(structure(file.content)).toEqual(structure(inEnglish.files[i]!.content));
    expect(structure(inArabic.combined.content)).toEqual(structure(inEnglish.combined.content));
  });

  it('name the W3C collection in the interface language, nothing else changing', () => {
    const inArabic = w3cAnnotations(input, 'urn:uuid:x', arabic.collection);
    const inEnglish = w3cAnnotations(input, 'urn:uuid:x', english.collection);
    expect(inArabic.label).toBe('تظليلات «قراءة» وملاحظاتها');
    expect({ ...inArabic, label: '' }).toEqual({ ...inEnglish, label: '' });
  });
});
