import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../core/anchoring/selectors';
import { openDb } from './db';

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
    expect(db.verno).toBe(2);
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
