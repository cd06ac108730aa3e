import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCorpusText } from '../core/corpus/parse-corpus';
import { makeNotebookFixture } from '../core/export/notebook-fixture';
import { openDb, type QiraaDb } from './db';
import { gatherExportData, noteMarkdown, plainTextMarkdown } from './export-data';
import { contentWithPassageLink } from '../core/notes/note-content';
import { noteRow } from './note-store';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const corpus = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => parseCorpusText(n.replace(/\.txt$/, ''), n, readFileSync(new URL(n, SEEDS), 'utf8')));
const opened: QiraaDb[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function filledDb(): Promise<QiraaDb> {
  const db = openDb(`qiraa-export-data-${Math.random()}`);
  opened.push(db);
  const fixture = makeNotebookFixture(corpus.slice(0, 3), 5);
  await db.highlights.bulkPut([...fixture.highlights, { ...fixture.highlights[0]!, id: 'on-a-removed-document', docId: '999_removed' }]);
  await db.notes.bulkPut(fixture.notes.map((n) => ({ ...noteRow({ id: n.id, title: n.title, highlightId: n.highlightId, docId: n.docId }, ''), plainText: n.markdown })));
  await db.documentState.put({ docId: corpus[1]!.id, customTitle: 'عنوان جديد', position: null, openedAt: null });
  return db;
}

describe('gatherExportData', () => {
  it('includes documents with highlights or notes, renamed, plus documents gone from the corpus', async () => {
    const data = await gatherExportData(await filledDb(), corpus);
    expect(data.documents.map((d) => d.document.id)).toEqual([corpus[0]!.id, corpus[1]!.id, corpus[2]!.id, '999_removed']);
    expect(data.documents[1]!.title).toBe('عنوان جديد');
    expect(data.documents[3]!.orphans).toHaveLength(1);
  });

  it('reports progress up to the total, in several steps when chunks are small', async () => {
    const calls: [number, number][] = [];
    await gatherExportData(await filledDb(), corpus, { chunkSize: 4, onProgress: (done, total) => calls.push([done, total]) });
    const total = calls[0]![1];
    expect(calls.at(-1)).toEqual([total, total]);
    expect(calls.length).toBeGreaterThan(4);
    expect(calls.every(([done], i) => i === 0 || done >= calls[i - 1]![0])).toBe(true);
  });

  it('converts notes with the given converter, or escapes their plain text', async () => {
    const db = await filledDb();
    const converted = await gatherExportData(db, corpus, { noteToMarkdown: (n) => `**${n.id}**` });
    expect(converted.notes.every((n) => n.markdown === `**${n.id}**`)).toBe(true);
    const withLink = noteRow({ id: 'y', title: 't', highlightId: null, docId: null }, contentWithPassageLink({ highlightId: 'h', docId: 'd', quote: 'ريتشارد ميلز' }));
    expect(noteMarkdown(withLink)).toBe('[ريتشارد ميلز](qiraa:passage/h)');
    expect(plainTextMarkdown({ ...noteRow({ id: 'x', title: 't', highlightId: null, docId: null }, ''), plainText: 'سطر *أول*\nسطر ثان' })).toBe('سطر \\*أول\\*\n\nسطر ثان');
  });

  it('writes note links with the linked note’s current title, and a deleted note’s last name marked as deleted', async () => {
    const db = openDb(`qiraa-export-data-${Math.random()}`);
    opened.push(db);
    const link = (noteId: string, title: string) => ({ type: 'note-link', version: 1, noteId, title });
    const content = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [link('renamed', 'الموقف الروسي'), { type: 'text', version: 1, text: ' و ' }, link('gone', 'تركيا')] }] } });
    await db.notes.bulkPut([noteRow({ id: 'source', title: 'مصدر', highlightId: null, docId: null }, content), noteRow({ id: 'renamed', title: 'موقف موسكو', highlightId: null, docId: null }, '')]);
    const data = await gatherExportData(db, corpus);
    expect(data.notes.find((n) => n.id === 'source')?.markdown).toBe('[موقف موسكو](qiraa:note/renamed) و [تركيا (deleted note)](qiraa:note/gone)');
  });
});
