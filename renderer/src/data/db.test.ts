import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../core/anchoring/selectors';
import { readFileSync } from 'node:fs';
import { contentWithPassageLink } from '../core/notes/note-content';
import { openDb } from './db';
import { noteRow } from './note-store';
import { readSavedIndex, saveIndex, SEARCH_INDEX_KEY } from './search-index-store';

const names: string[] = [];
function freshName(): string {
  const name = `qiraa-test-${names.length}-${Date.now()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** Writes data exactly as a version 1 build of the app did. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ settings: '&key', documentState: '&docId' });
  await v1.table('settings').bulkPut([
    { key: 'reading', value: { theme: 'sepia', fontSize: 24, lineHeight: 1.8 } },
    { key: 'lastDocumentId', value: '003_a77fd7e03d334798' },
  ]);
  await v1.table('documentState').bulkPut([
    { docId: '000_14e37202ef5eb1ed', customTitle: 'انسحاب القوات الأجنبية', position: { blockIndex: 3, offsetRatio: 0.25 }, openedAt: 1700000000000 },
    // An early v1 row that only ever stored a rename.
    { docId: '003_a77fd7e03d334798', customTitle: 'تحركات أميركية' },
  ]);
  v1.close();
}

describe('the database schema', () => {
  it('upgrades a version 1 database without losing settings, renames or reading positions', async () => {
    const name = freshName();
    await writeVersion1(name);

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.settings.get('reading')).toEqual({ key: 'reading', value: { theme: 'sepia', fontSize: 24, lineHeight: 1.8 } });
    expect(await db.settings.get('lastDocumentId')).toEqual({ key: 'lastDocumentId', value: '003_a77fd7e03d334798' });
    expect(await db.documentState.get('000_14e37202ef5eb1ed')).toEqual({
      docId: '000_14e37202ef5eb1ed',
      customTitle: 'انسحاب القوات الأجنبية',
      position: { blockIndex: 3, offsetRatio: 0.25 },
      openedAt: 1700000000000,
    });
    expect(await db.documentState.get('003_a77fd7e03d334798')).toEqual({
      docId: '003_a77fd7e03d334798',
      customTitle: 'تحركات أميركية',
      position: null,
      openedAt: null,
    });
    db.close();
  });

  it('stores highlights after the upgrade and finds them by document in reading order', async () => {
    const name = freshName();
    await writeVersion1(name);
    const db = openDb(name);
    const text = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.';
    const base = { docId: '000_14e37202ef5eb1ed', color: 'yellow' as const, style: 'highlight' as const, tags: [], createdAt: 1, modifiedAt: 1 };
    await db.highlights.bulkAdd([
      { ...base, id: 'b', selectors: describeRange(text, 40, 60), sortIndex: 40 },
      { ...base, id: 'a', selectors: describeRange(text, 4, 20), sortIndex: 4 },
      { ...base, id: 'c', docId: 'other', selectors: describeRange(text, 0, 3), sortIndex: 0 },
    ]);
    const inOrder = await db.highlights
      .where('[docId+sortIndex]')
      .between(['000_14e37202ef5eb1ed', Dexie.minKey], ['000_14e37202ef5eb1ed', Dexie.maxKey])
      .toArray();
    expect(inOrder.map((h) => h.id)).toEqual(['a', 'b']);
    expect(inOrder[0]?.selectors.quote.exact).toBe('الولايات المتحدة');
    db.close();
  });
});

const DOC = '000_14e37202ef5eb1ed';
const DOC_TEXT = readFileSync(new URL(`../../../seeds/${DOC}.txt`, import.meta.url), 'utf8');

/** Writes data exactly as a version 2 build did: settings, document state and highlights on a real passage. */
async function writeVersion2(name: string): Promise<{ start: number; end: number }> {
  const v2 = new Dexie(name);
  v2.version(1).stores({ settings: '&key', documentState: '&docId' });
  v2.version(2).stores({ highlights: '&id, docId, [docId+sortIndex], modifiedAt' });
  const start = DOC_TEXT.indexOf('ريتشارد ميلز جونيور');
  const end = start + 'ريتشارد ميلز جونيور'.length;
  await v2.table('settings').bulkPut([
    { key: 'reading', value: { theme: 'dark', fontSize: 20, lineHeight: 1.7 } },
    { key: 'highlightDefaults', value: { color: 'green', style: 'underline' } },
  ]);
  await v2.table('documentState').put({ docId: DOC, customTitle: null, position: { blockIndex: 1, offsetRatio: 0 }, openedAt: 1700000000000 });
  await v2.table('highlights').bulkPut([
    { id: 'h1', docId: DOC, color: 'green', style: 'underline', tags: ['أمريكا'], selectors: describeRange(DOC_TEXT, start, end), sortIndex: start, createdAt: 5, modifiedAt: 6 },
    { id: 'h2', docId: DOC, color: 'yellow', style: 'highlight', tags: [], selectors: describeRange(DOC_TEXT, 4, 20), sortIndex: 4, createdAt: 7, modifiedAt: 7 },
  ]);
  v2.close();
  return { start, end };
}

describe('the version 3 upgrade (notes)', () => {
  it('keeps everything a version 2 build stored', async () => {
    const name = freshName();
    const { start, end } = await writeVersion2(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.settings.get('reading')).toEqual({ key: 'reading', value: { theme: 'dark', fontSize: 20, lineHeight: 1.7 } });
    expect(await db.settings.get('highlightDefaults')).toEqual({ key: 'highlightDefaults', value: { color: 'green', style: 'underline' } });
    expect(await db.documentState.get(DOC)).toEqual({ docId: DOC, customTitle: null, position: { blockIndex: 1, offsetRatio: 0 }, openedAt: 1700000000000 });
    const h1 = await db.highlights.get('h1');
    expect(h1).toMatchObject({ color: 'green', style: 'underline', tags: ['أمريكا'], sortIndex: start, createdAt: 5, modifiedAt: 6 });
    expect(h1?.selectors).toEqual(describeRange(DOC_TEXT, start, end));
    expect(h1?.selectors.quote.exact).toBe('ريتشارد ميلز جونيور');
    expect(await db.highlights.count()).toBe(2);
    expect(await db.notes.count()).toBe(0);
    db.close();
  });

  it('stores notes on the upgraded highlights and finds backlinks by index', async () => {
    const name = freshName();
    await writeVersion2(name);
    const db = openDb(name);
    const onHighlight = noteRow({ id: 'n1', title: 'ريتشارد ميلز', highlightId: 'h1', docId: DOC }, contentWithPassageLink({ highlightId: 'h2', docId: DOC, quote: 'الولايات المتحدة' }));
    const link = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'note-link', version: 1, noteId: 'n1', title: 'ريتشارد ميلز' }] }] } });
    const free = noteRow({ id: 'n2', title: 'ملاحظة حرة', highlightId: null, docId: null }, link);
    await db.notes.bulkAdd([onHighlight, free]);
    expect((await db.notes.where('highlightId').equals('h1').toArray()).map((n) => n.id)).toEqual(['n1']);
    expect((await db.notes.where('linkedNoteIds').equals('n1').toArray()).map((n) => n.id)).toEqual(['n2']);
    expect((await db.notes.where('linkedHighlightIds').equals('h2').toArray()).map((n) => n.id)).toEqual(['n1']);
    // Free notes are left out of the highlight and document indexes (null is not a key).
    expect(await db.notes.where('docId').equals(DOC).count()).toBe(1);
    expect(await db.notes.orderBy('highlightId').count()).toBe(1);
    db.close();
  });
});

/** Writes data exactly as a version 3 build did: a v2 database plus notes on its highlights. */
async function writeVersion3(name: string): Promise<void> {
  await writeVersion2(name);
  const v3 = new Dexie(name);
  v3.version(1).stores({ settings: '&key', documentState: '&docId' });
  v3.version(2).stores({ highlights: '&id, docId, [docId+sortIndex], modifiedAt' });
  v3.version(3).stores({ notes: '&id, highlightId, docId, modifiedAt, *linkedNoteIds, *linkedHighlightIds' });
  await v3.table('notes').bulkPut([
    noteRow({ id: 'n1', title: 'ريتشارد ميلز', highlightId: 'h1', docId: DOC }, contentWithPassageLink({ highlightId: 'h2', docId: DOC, quote: 'الولايات المتحدة' }), 10, 9),
    noteRow({ id: 'n2', title: 'ملاحظة حرة', highlightId: null, docId: null }, contentWithPassageLink({ highlightId: 'h1', docId: DOC, quote: 'ريتشارد ميلز جونيور' }), 12, 11),
  ]);
  v3.close();
}

describe('the version 4 upgrade (the user’s own library)', () => {
  it('keeps every setting, highlight and note a version 3 build stored, and starts with an empty library', async () => {
    const name = freshName();
    await writeVersion3(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.settings.get('highlightDefaults')).toEqual({ key: 'highlightDefaults', value: { color: 'green', style: 'underline' } });
    expect(await db.documentState.get(DOC)).toMatchObject({ position: { blockIndex: 1, offsetRatio: 0 } });
    expect((await db.highlights.get('h1'))?.selectors.quote.exact).toBe('ريتشارد ميلز جونيور');
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes.map((n) => [n.id, n.title, n.highlightId, n.modifiedAt])).toEqual([
      ['n1', 'ريتشارد ميلز', 'h1', 10],
      ['n2', 'ملاحظة حرة', null, 12],
    ]);
    expect(notes[1]?.linkedHighlightIds).toEqual(['h1']);
    expect(await db.documents.count()).toBe(0);
    expect(await db.collections.count()).toBe(0);
    db.close();
  });

  it('finds an imported document by content hash, file name and collection after the upgrade', async () => {
    const name = freshName();
    await writeVersion3(name);
    const db = openDb(name);
    const row = {
      id: 'imp-aaaa', fileName: 'مقال.txt', format: 'txt' as const, encoding: 'windows-1256' as const, contentHash: 'aaaa', byteLength: 10,
      title: 'مقال', titleDerived: false, source: null, byline: null, tags: ['ليبيا'], publishedAt: null, url: null,
      wordCount: 2, charCount: 10, addedAt: 1, collectionIds: ['c1', 'c2'], derivedVersion: 1,
    };
    await db.documents.add(row);
    await db.originals.add({ docId: 'imp-aaaa', fileName: 'مقال.txt', bytes: new Uint8Array([0xe3, 0xde, 0xc7, 0xe1]) });
    expect((await db.documents.where('contentHash').equals('aaaa').first())?.id).toBe('imp-aaaa');
    expect(await db.documents.where('fileName').equals('مقال.txt').count()).toBe(1);
    expect(await db.documents.where('collectionIds').equals('c2').count()).toBe(1);
    expect([...((await db.originals.get('imp-aaaa'))?.bytes ?? [])]).toEqual([0xe3, 0xde, 0xc7, 0xe1]);
    db.close();
  });
});

/** Writes data exactly as a version 4 build did: a v3 database plus an imported document in a collection. */
async function writeVersion4(name: string): Promise<void> {
  await writeVersion3(name);
  const v4 = new Dexie(name);
  v4.version(1).stores({ settings: '&key', documentState: '&docId' });
  v4.version(2).stores({ highlights: '&id, docId, [docId+sortIndex], modifiedAt' });
  v4.version(3).stores({ notes: '&id, highlightId, docId, modifiedAt, *linkedNoteIds, *linkedHighlightIds' });
  v4.version(4).stores({ documents: '&id, contentHash, fileName, url, addedAt, *collectionIds', documentBodies: '&docId', originals: '&docId', collections: '&id, name' });
  await v4.table('collections').put({ id: 'c1', name: 'ليبيا', createdAt: 1 });
  await v4.table('documents').put({
    id: 'imp-aaaa', fileName: 'مقال.txt', format: 'txt', encoding: 'utf-8', contentHash: 'aaaa', byteLength: 10,
    title: 'مقال', titleDerived: false, source: null, byline: null, tags: [], publishedAt: null, url: null,
    wordCount: 2, charCount: 9, addedAt: 1, collectionIds: ['c1'], derivedVersion: 1,
  });
  await v4.table('documentBodies').put({ docId: 'imp-aaaa', text: 'مقال\nنص قصير', blocks: [['title', 0, 4], ['paragraph', 5, 12]], relatedLinks: [] });
  v4.close();
}

describe('the version 5 upgrade (the saved search index)', () => {
  it('keeps the library, highlights and notes of a version 4 build, and has no saved index until one is written', async () => {
    const name = freshName();
    await writeVersion4(name);
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect((await db.highlights.get('h1'))?.tags).toEqual(['أمريكا']);
    expect((await db.notes.orderBy('id').toArray()).map((n) => n.id)).toEqual(['n1', 'n2']);
    expect((await db.documents.where('collectionIds').equals('c1').first())?.title).toBe('مقال');
    expect((await db.documentBodies.get('imp-aaaa'))?.text).toBe('مقال\nنص قصير');
    expect(await readSavedIndex(db)).toBeUndefined();

    await saveIndex(db, { formatVersion: 1, fingerprint: 'f1', json: '{"version":1}', savedAt: 5 });
    await saveIndex(db, { formatVersion: 1, fingerprint: 'f2', json: '{"version":1}', savedAt: 6 });
    expect(await db.searchIndex.count()).toBe(1);
    expect(await readSavedIndex(db)).toEqual({ key: SEARCH_INDEX_KEY, formatVersion: 1, fingerprint: 'f2', json: '{"version":1}', savedAt: 6 });
    db.close();
  });
});
