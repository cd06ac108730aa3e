import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../core/anchoring/selectors';
import { BACKUP_VERSION, type BackupData } from '../core/export/backup-format';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, type Highlight } from '../core/highlights/highlight-types';
import { contentWithPassageLink } from '../core/notes/note-content';
import { openDb, type QiraaDb } from './db';
import { exportBackup, importBackup, serializeBackup } from './backup-store';
import { noteRow } from './note-store';

const SEED = readFileSync(new URL('../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');
const DOC = '000_14e37202ef5eb1ed';
const opened: QiraaDb[] = [];

async function freshDb(): Promise<QiraaDb> {
  const db = openDb(`qiraa-backup-test-${opened.length}-${Math.random()}`);
  opened.push(db);
  await db.open();
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
  vi.restoreAllMocks();
});

function highlight(id: string, exact: string, modifiedAt = 2): Highlight {
  const start = SEED.indexOf(exact);
  return { id, docId: DOC, color: 'green', style: 'highlight', tags: ['ليبيا'], selectors: describeRange(SEED, start, start + exact.length), sortIndex: start, createdAt: 1, modifiedAt };
}

async function fill(db: QiraaDb): Promise<void> {
  await db.settings.bulkPut([{ key: 'reading', value: { theme: 'sepia', fontSize: 22, lineHeight: 1.8 } }, { key: 'lastDocumentId', value: DOC }]);
  await db.documentState.put({ docId: DOC, customTitle: 'انسحاب القوات الأجنبية', position: { blockIndex: 3, offsetRatio: 0.25 }, openedAt: 1_700_000_000_000 });
  const h = highlight('h-1', 'ريتشارد ميلز جونيور');
  await db.highlights.bulkPut([h, highlight('h-2', 'الانسحاب الفوري')]);
  await db.notes.put(noteRow({ id: 'n-1', title: 'ملاحظة 📰', highlightId: 'h-1', docId: DOC }, contentWithPassageLink({ highlightId: 'h-1', docId: DOC, quote: h.selectors.quote.exact }), 5, 4));
}

const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');

describe('backup export and import', () => {
  it('restores exactly what was exported into an empty database', async () => {
    const source = await freshDb();
    await fill(source);
    const text = serializeBackup(await exportBackup(source));
    const target = await freshDb();
    expect(await importBackup(target, text, 'replace')).toEqual({ settings: 2, documentState: 1, highlights: 2, notes: 1 });
    expect(withoutTime(serializeBackup(await exportBackup(target)))).toBe(withoutTime(text));
  });

  it.each([
    ['text that is not JSON', 'not json {', /not JSON/],
    ['JSON that is not a backup', '{"hello": "world"}', /not a Qira’a backup/],
    ['a backup from a newer version', JSON.stringify({ format: 'qiraa-backup', version: BACKUP_VERSION + 1, data: {} }), /newer version/],
  ])('refuses %s and leaves the database untouched', async (_, text, message) => {
    const db = await freshDb();
    await fill(db);
    const before = serializeBackup(await exportBackup(db, 'now'));
    await expect(importBackup(db, text, 'replace')).rejects.toThrow(message);
    expect(serializeBackup(await exportBackup(db, 'now'))).toBe(before);
  });

  it('refuses a damaged backup, naming the table, row and field', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = await exportBackup(db);
    (backup.data.highlights[1] as unknown as { color: string }).color = 'orange';
    const before = serializeBackup(await exportBackup(db, 'now'));
    await expect(importBackup(db, JSON.stringify(backup), 'replace')).rejects.toThrow(/damaged.*highlights row 2 \(h-2\), field "color"/);
    expect(serializeBackup(await exportBackup(db, 'now'))).toBe(before);
  });

  it('refuses a backup with the same id twice', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = await exportBackup(db);
    backup.data.highlights.push(backup.data.highlights[0]!);
    await expect(importBackup(await freshDb(), JSON.stringify(backup), 'replace')).rejects.toThrow(/highlights row 3.*appears twice/);
  });

  it('changes nothing when a write fails halfway through the restore', async () => {
    const source = await freshDb();
    await fill(source);
    const text = serializeBackup(await exportBackup(source));
    const db = await freshDb();
    await db.highlights.put(highlight('h-old', 'قمة برلين'));
    await db.settings.put({ key: 'reading', value: { theme: 'dark', fontSize: 18, lineHeight: 2 } });
    const before = serializeBackup(await exportBackup(db, 'now'));
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(importBackup(db, text, 'replace')).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(serializeBackup(await exportBackup(db, 'now'))).toBe(before);
  });

  it('merges: keeps rows only here, adds rows only in the backup, and the later edit wins', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = await exportBackup(db);
    backup.data.highlights[0] = { ...backup.data.highlights[0]!, color: 'pink', modifiedAt: 99 };
    backup.data.highlights[1] = { ...backup.data.highlights[1]!, color: 'blue', modifiedAt: 0 };
    backup.data.highlights.push(highlight('h-new', 'قمة برلين'));
    backup.data.settings = [{ key: 'reading', value: { theme: 'dark' } }, { key: 'other', value: 1 }];
    await db.highlights.put(highlight('h-here', 'الأمم المتحدة'));
    const counts = await importBackup(db, JSON.stringify(backup), 'merge');
    expect(counts.highlights).toBe(4);
    expect((await db.highlights.get('h-1'))?.color).toBe('pink');
    expect((await db.highlights.get('h-2'))?.color).toBe('green');
    expect(await db.highlights.get('h-here')).toBeDefined();
    expect((await db.settings.get('reading'))?.value).toMatchObject({ theme: 'sepia' });
    expect((await db.settings.get('other'))?.value).toBe(1);
  });
});

// Arabic, Latin, emoji and the odd characters of real notes.
const text = fc.string({ unit: fc.constantFrom(...'دعت الولايات المتحدة إلى ليبيا ُ ّ 123 abc *_#>[|`<>\\"\n📰🇱🇾'.split('')), maxLength: 40 });
const id = fc.uuid();
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const highlightArb = fc.record({
  id,
  docId: fc.constantFrom(DOC, '001_10e699bd053cc6a9', 'gone_from_the_corpus'),
  color: fc.constantFrom(...HIGHLIGHT_COLORS),
  style: fc.constantFrom(...HIGHLIGHT_STYLES),
  tags: fc.array(text, { maxLength: 3 }),
  selectors: fc.record({
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text, prefix: text, suffix: text }),
    position: fc.tuple(fc.nat(5000), fc.nat(500)).map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length })),
  }),
  sortIndex: fc.nat(),
  createdAt: time,
  modifiedAt: time,
});
const noteArb = fc.record({
  id,
  title: text,
  highlightId: fc.option(id, { nil: null }),
  docId: fc.option(fc.constant(DOC), { nil: null }),
  content: fc.oneof(fc.constant(''), text.map((t) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: t }] }] } }))),
  plainText: text,
  linkedNoteIds: fc.array(id, { maxLength: 2 }),
  linkedHighlightIds: fc.array(id, { maxLength: 2 }),
  createdAt: time,
  modifiedAt: time,
});
const dataArb: fc.Arbitrary<BackupData> = fc.record({
  settings: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 12 }), value: fc.jsonValue({ maxDepth: 2 }).map((v) => v as BackupData['settings'][number]['value']) }), { selector: (s) => s.key, maxLength: 4 }),
  documentState: fc.uniqueArray(
    fc.record({ docId: fc.constantFrom(DOC, '001_10e699bd053cc6a9', '002_c93f435b5cdcdac7'), customTitle: fc.option(text, { nil: null }), position: fc.option(fc.record({ blockIndex: fc.nat(200), offsetRatio: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: null }), openedAt: fc.option(time, { nil: null }) }),
    { selector: (s) => s.docId, maxLength: 3 },
  ),
  highlights: fc.uniqueArray(highlightArb, { selector: (h) => h.id, maxLength: 12 }),
  notes: fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 12 }),
});

describe('the backup round trip', () => {
  it('is lossless: export, clear, import, export again gives the same file', async () => {
    const db = await freshDb();
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        const first = serializeBackup({ format: 'qiraa-backup', version: 1, exportedAt: '2024-05-01T10:00:00.000Z', app: { name: 'test', version: '0' }, data });
        await importBackup(db, first, 'replace');
        const exported = await exportBackup(db, '2024-05-01T10:00:00.000Z', { name: 'test', version: '0' });
        await Promise.all([db.settings.clear(), db.documentState.clear(), db.highlights.clear(), db.notes.clear()]);
        await importBackup(db, serializeBackup(exported), 'replace');
        const again = serializeBackup(await exportBackup(db, '2024-05-01T10:00:00.000Z', { name: 'test', version: '0' }));
        expect(again).toBe(serializeBackup(exported));
        // The same rows as generated, in the database's key order.
        const byKey = <T,>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        const generated = JSON.parse(first) as { data: BackupData };
        const { settings, documentState, highlights, notes } = generated.data;
        expect((JSON.parse(again) as { data: BackupData }).data).toEqual({
          settings: byKey(settings, (r) => r.key),
          documentState: byKey(documentState, (r) => r.docId),
          highlights: byKey(highlights, (r) => r.id),
          notes: byKey(notes, (r) => r.id),
        });
      }),
      { numRuns: 40 },
    );
  });
});
