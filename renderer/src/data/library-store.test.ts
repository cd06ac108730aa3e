import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveHighlights } from '../core/highlights/resolve-highlights';
import { parseCorpusText } from '../core/corpus/parse-corpus';
import type { ImportedFile } from '../core/import/import-types';
import { contentWithPassageLink, emptyContent } from '../core/notes/note-content';
import { openDb, type QiraaDb } from './db';
import { deleteDocuments, restoreDeletedDocuments } from './document-delete';
import { newHighlight } from './highlight-store';
import { loadImportedDocument, readOriginal, replaceDocumentText, storeImportedBatch, type ImportItem } from './library-store';
import { noteRow } from './note-store';

const SEED = '000_14e37202ef5eb1ed';
const seedText = readFileSync(new URL(`../../../seeds/${SEED}.txt`, import.meta.url), 'utf8');
const PASSAGE = 'ريتشارد ميلز جونيور';

function item(fileName: string, text: string, hash: string, url: string | null = null): ImportItem {
  const parsed = parseCorpusText('x', fileName, text);
  const file: ImportedFile = {
    fileName,
    format: 'txt',
    encoding: 'utf-8',
    contentHash: hash,
    byteLength: text.length,
    document: { ...parsed, publishedAt: null, url },
  };
  return { file, bytes: new TextEncoder().encode(text) };
}

const dbs: QiraaDb[] = [];
function freshDb(): QiraaDb {
  const db = openDb(`library-test-${dbs.length}-${Date.now()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('storing imported files', () => {
  it('stores an article and gives back the same text, blocks and original bytes', async () => {
    const db = freshDb();
    const [outcome] = await storeImportedBatch(db, [item('ليبيا.txt', seedText, 'a'.repeat(64))], 1000, ['col-1']);
    expect(outcome).toEqual({ kind: 'added', docId: `imp-${'a'.repeat(20)}` });
    const document = await loadImportedDocument(db, `imp-${'a'.repeat(20)}`);
    const expected = parseCorpusText('x', 'ليبيا.txt', seedText);
    expect(document?.text).toBe(seedText);
    expect(document?.title).toBe(expected.title);
    expect(document?.blocks).toEqual(expected.blocks);
    expect((await db.documents.get(`imp-${'a'.repeat(20)}`))?.collectionIds).toEqual(['col-1']);
    const original = await readOriginal(db, `imp-${'a'.repeat(20)}`);
    expect(new TextDecoder().decode(original?.bytes)).toBe(seedText);
  });

  it('recognises the same bytes imported twice, in one batch or later, and keeps one document', async () => {
    const db = freshDb();
    const first = await storeImportedBatch(db, [item('a.txt', seedText, 'h1'), item('copy of a.txt', seedText, 'h1')], 1);
    const later = await storeImportedBatch(db, [item('again.txt', seedText, 'h1')], 2);
    expect(first.map((o) => o.kind)).toEqual(['added', 'duplicate']);
    expect(later).toEqual([{ kind: 'duplicate', docId: 'imp-h1', title: parseCorpusText('x', 'a.txt', seedText).title }]);
    expect(await db.documents.count()).toBe(1);
  });

  it('holds back a changed file with the same name, or the same URL, as a new version for the user to decide', async () => {
    const db = freshDb();
    await storeImportedBatch(db, [item('مقال.txt', seedText, 'h1'), item('page.html', 'نص أول طويل بما يكفي ليكون فقرة كاملة من مقال.', 'h2', 'https://example.com/a')], 1);
    const outcomes = await storeImportedBatch(db, [item('مقال.txt', `${seedText}\nفقرة جديدة.`, 'h3'), item('other-name.html', 'نص ثان مختلف.', 'h4', 'https://example.com/a')], 2);
    expect(outcomes.map((o) => [o.kind, o.docId])).toEqual([
      ['new-version', 'imp-h1'],
      ['new-version', 'imp-h2'],
    ]);
    expect(await db.documents.count()).toBe(2);
  });

  it('replacing a document with its new version keeps its id, re-anchors highlights and keeps lost ones as not found', async () => {
    const db = freshDb();
    await storeImportedBatch(db, [item('مقال.txt', seedText, 'h1')], 1);
    const start = seedText.indexOf(PASSAGE);
    const kept = newHighlight('imp-h1', seedText, { start, end: start + PASSAGE.length }, 'yellow', 'highlight');
    const lostStart = seedText.indexOf('ليبيا');
    const lost = newHighlight('imp-h1', seedText, { start: lostStart, end: lostStart + 5 }, 'green', 'highlight');
    await db.highlights.bulkAdd([kept, lost]);

    const newText = `سطر جديد في أول المقال يغير كل المواضع.\n${seedText.replaceAll('ليبيا', 'البلاد')}`;
    await replaceDocumentText(db, 'imp-h1', item('مقال.txt', newText, 'h9'));

    const document = await loadImportedDocument(db, 'imp-h1');
    expect(document?.text).toBe(newText);
    expect(await db.highlights.count()).toBe(2);
    const { anchored, orphans } = resolveHighlights(newText, await db.highlights.toArray());
    expect(anchored.map((a) => newText.slice(a.start, a.end))).toEqual([PASSAGE]);
    expect(orphans.map((o) => o.id)).toEqual([lost.id]);
    expect((await db.documents.get('imp-h1'))?.contentHash).toBe('h9');
  });

  it('a new version of a document deleted meanwhile replaces nothing and says so, so it can be kept as a document of its own', async () => {
    const db = freshDb();
    await storeImportedBatch(db, [item('مقال.txt', seedText, 'h1')], 1);
    await db.transaction('rw', [db.documents, db.documentBodies, db.originals], () => Promise.all([db.documents.delete('imp-h1'), db.documentBodies.delete('imp-h1'), db.originals.delete('imp-h1')]));

    expect(await replaceDocumentText(db, 'imp-h1', item('مقال.txt', `${seedText}\nسطر أخير.`, 'h9'))).toBe(false);
    expect(await db.documents.count()).toBe(0);
    expect(await db.originals.count()).toBe(0);
  });
});

describe('deleting documents', () => {
  async function libraryWithNotes(db: QiraaDb) {
    await storeImportedBatch(db, [item('مقال.txt', seedText, 'h1')], 1);
    const start = seedText.indexOf(PASSAGE);
    const highlight = newHighlight('imp-h1', seedText, { start, end: start + PASSAGE.length }, 'yellow', 'highlight');
    await db.highlights.add(highlight);
    await db.notes.bulkAdd([
      noteRow({ id: 'on-highlight', title: 'ميلز', highlightId: highlight.id, docId: 'imp-h1' }, emptyContent(), 5),
      noteRow({ id: 'elsewhere', title: 'حرة', highlightId: null, docId: null }, contentWithPassageLink({ highlightId: highlight.id, docId: 'imp-h1', quote: PASSAGE }), 5),
    ]);
    await db.documentState.put({ docId: 'imp-h1', customTitle: 'اسمي', position: null, openedAt: 3 });
    return highlight;
  }

  it('keeping the annotations makes the note free and it still quotes the passage', async () => {
    const db = freshDb();
    const highlight = await libraryWithNotes(db);
    await deleteDocuments(db, ['imp-h1'], 'keep', 10);
    expect(await db.documents.count()).toBe(0);
    expect(await db.originals.count()).toBe(0);
    const note = await db.notes.get('on-highlight');
    expect(note).toMatchObject({ highlightId: null, docId: null, modifiedAt: 10 });
    expect(note?.plainText).toContain(PASSAGE);
    expect(note?.linkedHighlightIds).toEqual([highlight.id]);
    expect(await db.highlights.count()).toBe(1);
  });

  it('deleting the annotations removes highlights and their notes but never a note the user wrote elsewhere', async () => {
    const db = freshDb();
    await libraryWithNotes(db);
    await deleteDocuments(db, ['imp-h1'], 'delete', 10);
    expect(await db.highlights.count()).toBe(0);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['elsewhere']);
  });

  it('undo brings back the document, its original, rename, highlights and notes exactly', async () => {
    const db = freshDb();
    await libraryWithNotes(db);
    const before = { notes: await db.notes.toArray(), highlights: await db.highlights.toArray(), state: await db.documentState.get('imp-h1') };
    const deleted = await deleteDocuments(db, ['imp-h1'], 'delete', 10);
    await restoreDeletedDocuments(db, deleted);
    expect((await loadImportedDocument(db, 'imp-h1'))?.text).toBe(seedText);
    expect(new TextDecoder().decode((await readOriginal(db, 'imp-h1'))?.bytes)).toBe(seedText);
    expect(await db.notes.toArray()).toEqual(before.notes);
    expect(await db.highlights.toArray()).toEqual(before.highlights);
    expect(await db.documentState.get('imp-h1')).toEqual(before.state);
  });
});
