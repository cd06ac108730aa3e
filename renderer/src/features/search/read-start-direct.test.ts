import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, openDb, type QiraaDb } from '../../data/db';
import { saveIndex } from '../../data/search-index-store';
import { readStart } from './index-records';
import { readStartDirect, START_DB_NAME } from './read-start-direct';
import { packSavedItems } from './saved-items';

const names: string[] = [];
const opened: QiraaDb[] = [];
afterEach(async () => {
  opened.splice(0).forEach((db) => db.close());
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function freshName(): string {
  const name = `qiraa-start-${names.length}-${Date.now()}`;
  names.push(name);
  return name;
}

async function storedDb(name: string): Promise<QiraaDb> {
  const db = openDb(name);
  opened.push(db);
  await db.documents.add({ id: 'imp-1', title: 'تقرير الأسواق', contentHash: 'c1', derivedVersion: 1, collectionIds: [] } as never);
  await db.highlights.add({ id: 'h1', docId: 'imp-1', color: 'green', tags: [] } as never);
  await db.notes.add({ id: 'n1', title: 'موقف الأطراف', modifiedAt: 3 } as never);
  await db.documentState.bulkAdd([
    { docId: 'imp-1', customTitle: 'مقالة مسماة زنجبيل', position: null, openedAt: 2 },
    { docId: 'other', customTitle: null, position: null, openedAt: 1 },
  ]);
  await saveIndex(db, { formatVersion: 6, fingerprint: 'f', json: '{}', postings: Uint8Array.of(1, 2, 3), savedAt: 5 });
  return db;
}

describe("the start's read without Dexie", () => {
  it('reads the app database', () => {
    expect(START_DB_NAME).toBe(DB_NAME);
  });

  it('reads what Dexie reads: the saved row, the documents, the highlight and note keys, and the custom titles', async () => {
    const name = freshName();
    const db = await storedDb(name);
    const direct = await readStartDirect(indexedDB, name);
    expect(direct).toEqual(await readStart(db));
    expect(direct.saved?.postings).toEqual(Uint8Array.of(1, 2, 3));
    expect([...direct.highlightIds!]).toEqual(['h1']);
    expect([...direct.customTitles]).toEqual([['imp-1', 'مقالة مسماة زنجبيل']]);
  });

  it('reads no keys of a table whose count and latest edit are those the saved index holds, and the keys of one whose are not', async () => {
    const name = freshName();
    const db = await storedDb(name);
    const marks = { highlights: { count: 1, latest: null }, notes: { count: 1, latest: 3 } };
    const records = { keys: [], versions: [], items: packSavedItems([]), marks };
    await saveIndex(db, { formatVersion: 7, fingerprint: 'f', json: '{}', postings: Uint8Array.of(1), savedAt: 5, records });
    const direct = await readStartDirect(indexedDB, name);
    expect(direct).toEqual(await readStart(db));
    expect([direct.highlightIds, direct.noteIds]).toEqual([null, null]);

    await db.notes.add({ id: 'n2', title: 'أخرى', modifiedAt: 2 } as never);
    await db.highlights.update('h1', { modifiedAt: 9 });
    const changed = await readStartDirect(indexedDB, name);
    expect(changed).toEqual(await readStart(db));
    expect([[...changed.highlightIds!], [...changed.noteIds!].sort()]).toEqual([['h1'], ['n1', 'n2']]);
  });

  it('fails without creating the database when there is none yet, so Dexie creates it with its tables', async () => {
    const name = freshName();
    await expect(readStartDirect(indexedDB, name)).rejects.toBeTruthy();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = openDb(name);
    opened.push(db);
    expect((await readStart(db)).saved).toBeUndefined();
  });

  it('fails on a database whose tables lack the index it reads', async () => {
    const name = freshName();
    const other = new Dexie(name);
    other.version(1).stores({ searchIndex: '&key', documents: '&id', highlights: '&id', notes: '&id', documentState: '&docId' });
    await other.open();
    other.close();
    await expect(readStartDirect(indexedDB, name)).rejects.toBeTruthy();
  });

  it('fails on a database without the tables it reads', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ settings: '&key' });
    await old.open();
    old.close();
    await expect(readStartDirect(indexedDB, name)).rejects.toBeTruthy();
  });
});
