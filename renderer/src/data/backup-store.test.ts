import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '../core/anchoring/selectors';
import { BACKUP_VERSION, type BackupData, type BackupJson } from '../core/export/backup-format';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, type Highlight } from '../core/highlights/highlight-types';
import type { TextEncodingName } from '../core/import/import-types';
import type { DocumentBodyRow, LibraryDocumentRow, OriginalFileRow, StoredBlock } from '../core/library/library-types';
import { contentWithPassageLink, emptyContent } from '../core/notes/note-content';
import { openDb, type QiraaDb } from './db';
import { exportBackup, importBackup, restoreBackup, serializeBackup } from './backup-store';
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

// Legacy Arabic files: windows-1256 puts every Arabic letter at a byte of 0x80 or above.
const WINDOWS_1256 = new Map(Array.from({ length: 256 }, (_, byte) => [new TextDecoder('windows-1256').decode(Uint8Array.of(byte)), byte]));
function windows1256(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const byte = WINDOWS_1256.get(char);
    if (byte === undefined) throw new Error(`${char} has no windows-1256 byte`);
    return byte;
  });
}

interface Imported {
  row: LibraryDocumentRow;
  body: DocumentBodyRow;
  original: OriginalFileRow;
}

/** An imported document as the library stores it: a title block, then a paragraph per line. */
function imported(id: string, text: string, encoding: TextEncodingName = 'utf-8', collectionIds: string[] = []): Imported {
  const bytes = encoding === 'windows-1256' ? windows1256(text) : new TextEncoder().encode(text);
  const blocks = [...text.matchAll(/[^\n]+/g)].map((line, index): StoredBlock => [index === 0 ? 'title' : 'paragraph', line.index, line.index + line[0].length]);
  const title = text.slice(0, text.indexOf('\n'));
  const row: LibraryDocumentRow = {
    id,
    fileName: `${title.slice(0, 30)}.txt`,
    format: 'txt',
    encoding,
    contentHash: id.replace('imp-', '').padEnd(64, '0'),
    byteLength: bytes.length,
    title,
    titleDerived: false,
    source: 'الوسط',
    byline: null,
    tags: ['ليبيا'],
    publishedAt: '2021-01-25',
    url: null,
    wordCount: text.split(/\s+/).length,
    charCount: text.length,
    addedAt: 1_700_000_000_000,
    collectionIds,
    derivedVersion: 1,
  };
  return { row, body: { docId: id, text, blocks, relatedLinks: [] }, original: { docId: id, fileName: row.fileName, bytes } };
}

async function putImported(db: QiraaDb, documents: readonly Imported[]): Promise<void> {
  await db.transaction('rw', [db.documents, db.documentBodies, db.originals], async () => {
    await db.documents.bulkPut(documents.map((d) => d.row));
    await db.documentBodies.bulkPut(documents.map((d) => d.body));
    await db.originals.bulkPut(documents.map((d) => d.original));
  });
}

const SECOND_SEED = readFileSync(new URL('../../../seeds/001_10e699bd053cc6a9.txt', import.meta.url), 'utf8');
const LIBYA = imported('imp-14e37202ef5eb1ed0000', SEED, 'windows-1256', ['col-libya']);
const SECOND = imported('imp-10e699bd053cc6a90000', SECOND_SEED);

async function fillLibrary(db: QiraaDb): Promise<void> {
  await putImported(db, [LIBYA, SECOND]);
  await db.collections.put({ id: 'col-libya', name: 'ليبيا', createdAt: 1_700_000_000_000 });
}

const ALL_EMPTY = { settings: 0, documentState: 0, highlights: 0, notes: 0, documents: 0, documentBodies: 0, originals: 0, collections: 0 };

describe('backup export and import', () => {
  it('restores exactly what was exported into an empty database', async () => {
    const source = await freshDb();
    await fill(source);
    await fillLibrary(source);
    const text = serializeBackup(await exportBackup(source));
    const target = await freshDb();
    expect(await importBackup(target, text, 'replace')).toEqual({ settings: 2, documentState: 1, highlights: 2, notes: 1, documents: 2, documentBodies: 2, originals: 2, collections: 1 });
    expect(withoutTime(serializeBackup(await exportBackup(target)))).toBe(withoutTime(text));
  });

  it('carries imported documents whole: Arabic text, blocks and the windows-1256 original byte for byte', async () => {
    const source = await freshDb();
    await fillLibrary(source);
    const target = await freshDb();
    await importBackup(target, serializeBackup(await exportBackup(source)), 'replace');
    const original = await target.originals.get(LIBYA.row.id);
    expect(LIBYA.original.bytes.some((byte) => byte >= 0x80)).toBe(true);
    expect(original?.bytes).toBeInstanceOf(Uint8Array);
    expect(original?.bytes).toEqual(LIBYA.original.bytes);
    expect(new TextDecoder('windows-1256').decode(original?.bytes)).toBe(SEED);
    expect(await target.documentBodies.get(LIBYA.row.id)).toEqual(LIBYA.body);
    expect(await target.documents.get(LIBYA.row.id)).toEqual(LIBYA.row);
    expect((await target.originals.get(SECOND.row.id))?.bytes).toEqual(new TextEncoder().encode(SECOND_SEED));
    expect(await target.collections.toArray()).toEqual([{ id: 'col-libya', name: 'ليبيا', createdAt: 1_700_000_000_000 }]);
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
    await expect(importBackup(db, JSON.stringify(backup), 'replace')).rejects.toThrow(/damaged.*highlight row 2 \(h-2\), field “color”/);
    expect(serializeBackup(await exportBackup(db, 'now'))).toBe(before);
  });

  it('refuses a backup with the same id twice', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = await exportBackup(db);
    backup.data.highlights.push(backup.data.highlights[0]!);
    await expect(importBackup(await freshDb(), JSON.stringify(backup), 'replace')).rejects.toThrow(/highlight row 3.*appears twice/);
  });

  it.each(['notes', 'originals', 'collections'] as const)('changes nothing when writing %s fails halfway through the restore', async (failing) => {
    const source = await freshDb();
    await fill(source);
    await fillLibrary(source);
    const text = serializeBackup(await exportBackup(source));
    const db = await freshDb();
    await db.highlights.put(highlight('h-old', 'قمة برلين'));
    await db.settings.put({ key: 'reading', value: { theme: 'dark', fontSize: 18, lineHeight: 2 } });
    await putImported(db, [imported('imp-here', 'وثيقة هنا\nنص قصير')]);
    const before = serializeBackup(await exportBackup(db, 'now'));
    vi.spyOn(db[failing], 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
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

  it('leaves a "__proto__" key of an imported setting out, and no object in the app inherits from it', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = JSON.parse(serializeBackup(await exportBackup(db))) as BackupJson;
    const text = JSON.stringify(backup).replace('"data":{"settings":[', '"data":{"settings":[{"key":"hostile","value":{"__proto__":{"polluted":true},"kept":1}},');
    expect(text).toContain('"__proto__"');
    await importBackup(db, text, 'replace');
    const stored = (await db.settings.get('hostile'))?.value as Record<string, unknown>;
    expect(stored).toEqual({ kept: 1 });
    expect(Object.hasOwn(stored, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('says what a merged file brought, not what the database holds afterwards', async () => {
    const db = await freshDb();
    await fill(db);
    const backup = await exportBackup(db);
    backup.data.highlights[0] = { ...backup.data.highlights[0]!, color: 'pink', modifiedAt: 99 };
    backup.data.highlights.push(highlight('h-new', 'قمة برلين'));
    await db.highlights.put(highlight('h-here', 'الأمم المتحدة'));
    const { totals, report } = await restoreBackup(db, JSON.stringify(backup), 'merge');
    expect(totals.highlights).toBe(4);
    expect(report.highlights).toEqual({ inFile: 3, added: 1, updated: 1, kept: 1 });
    expect(report.notes).toEqual({ inFile: 1, added: 0, updated: 0, kept: 1 });
  });

  it('calls a backup cut short incomplete or damaged, not "not JSON"', async () => {
    const db = await freshDb();
    await fill(db);
    const text = serializeBackup(await exportBackup(db));
    await expect(importBackup(await freshDb(), text.slice(0, Math.floor(text.length / 2)), 'replace')).rejects.toThrow(/incomplete or damaged/);
  });

  // A backup from a machine whose clock ran ahead must not leave notes "in the future".
  it.each(['replace', 'merge'] as const)('restores times later than the restore as the restore time (%s)', async (mode) => {
    const source = await freshDb();
    await fill(source);
    const backup = await exportBackup(source);
    const restoredAt = 1_750_000_000_000;
    const ahead = restoredAt + 400 * 24 * 3600 * 1000;
    backup.data.notes[0] = { ...backup.data.notes[0]!, createdAt: ahead, modifiedAt: ahead };
    backup.data.highlights[0] = { ...backup.data.highlights[0]!, modifiedAt: ahead };
    backup.data.documentState[0] = { ...backup.data.documentState[0]!, openedAt: ahead };
    const db = await freshDb();
    await importBackup(db, serializeBackup(backup), mode, restoredAt);
    expect(await db.notes.get('n-1')).toMatchObject({ createdAt: restoredAt, modifiedAt: restoredAt });
    expect(await db.highlights.get('h-1')).toMatchObject({ createdAt: 1, modifiedAt: restoredAt });
    expect((await db.highlights.get('h-2'))?.modifiedAt).toBe(2);
    expect((await db.documentState.get(DOC))?.openedAt).toBe(restoredAt);
  });

  it('restores a note’s javascript: link as plain text', async () => {
    const source = await freshDb();
    const link = { type: 'link', version: 1, url: 'javascript:alert(document.cookie)', rel: null, target: null, title: null, children: [{ type: 'text', version: 1, text: 'اضغط هنا', format: 0, detail: 0, mode: 'normal', style: '' }], direction: null, format: '', indent: 0 };
    const content = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [link], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' }], direction: null, format: '', indent: 0 } });
    await source.notes.put(noteRow({ id: 'n-js', title: 'رابط', highlightId: null, docId: null }, content, 5, 5));
    const db = await freshDb();
    await importBackup(db, serializeBackup(await exportBackup(source)), 'replace');
    const restored = await db.notes.get('n-js');
    expect(restored?.content).not.toContain('javascript:');
    expect(restored?.content).toContain('اضغط هنا');
    expect(restored?.plainText).toBe('اضغط هنا');
  });

  it.each<[string, (data: BackupJson['data']) => void, RegExp]>([
    ['a note edited at 1e300', (d) => (d.notes[0]!.modifiedAt = 1e300), /note row 1 \(n-1\), field “modifiedAt”: 1e\+300 is not a time a date can hold/],
    ['a note that is not editor state', (d) => (d.notes[0]!.content = 'ملاحظات عادية وليست JSON'), /note row 1 \(n-1\), field “content”: the note “ملاحظة 📰” cannot be opened: it is not JSON/],
  ])('refuses a backup with %s and leaves the database untouched', async (_, damage, message) => {
    const source = await freshDb();
    await fill(source);
    const json = JSON.parse(serializeBackup(await exportBackup(source))) as BackupJson;
    damage(json.data);
    const db = await freshDb();
    await db.highlights.put(highlight('h-old', 'قمة برلين'));
    const before = serializeBackup(await exportBackup(db, 'now'));
    await expect(importBackup(db, JSON.stringify(json), 'replace')).rejects.toThrow(message);
    expect(serializeBackup(await exportBackup(db, 'now'))).toBe(before);
  });

  it('merges the library: a document here stays as it is, the backup adds the others, collections unite', async () => {
    const source = await freshDb();
    await fillLibrary(source);
    await source.collections.put({ id: 'col-2', name: 'اقتصاد', createdAt: 2 });
    const text = serializeBackup(await exportBackup(source));
    const db = await freshDb();
    // The same document here, replaced by a new version of its text on this device.
    const newVersion = imported(LIBYA.row.id, `${SEED}\nفقرة أضيفت في نسخة جديدة.`, 'utf-8');
    await putImported(db, [newVersion]);
    await db.collections.put({ id: 'col-libya', name: 'ليبيا الحديثة', createdAt: 5 });
    const counts = await importBackup(db, text, 'merge');
    expect(counts).toMatchObject({ documents: 2, documentBodies: 2, originals: 2, collections: 2 });
    expect(await db.documents.get(LIBYA.row.id)).toEqual(newVersion.row);
    expect(await db.documentBodies.get(LIBYA.row.id)).toEqual(newVersion.body);
    expect((await db.originals.get(LIBYA.row.id))?.bytes).toEqual(newVersion.original.bytes);
    expect(await db.documentBodies.get(SECOND.row.id)).toEqual(SECOND.body);
    expect((await db.originals.get(SECOND.row.id))?.bytes).toEqual(SECOND.original.bytes);
    expect((await db.collections.toArray()).map((c) => [c.id, c.name])).toEqual([
      ['col-2', 'اقتصاد'],
      ['col-libya', 'ليبيا الحديثة'],
    ]);
  });

  it.each<[string, (data: BackupJson['data']) => void, RegExp]>([
    ['a block outside its text', (d) => (d.documentBodies.find((b) => b.docId === LIBYA.row.id)!.blocks[2] = ['paragraph', 10, SEED.length + 1]), /document text row 2 \(imp-14e\w+\), field “blocks\.2”: block 3 ends at [\d,]+, past the end of the text/],
    ['an original of a document not in the backup', (d) => d.originals.push({ docId: 'imp-elsewhere', fileName: 'x.txt', bytes: 'AAAA' }), /original file row 3 \(imp-elsewhere\), field “docId”: no document with this id is in the backup/],
    ['bytes that are not base64', (d) => (d.originals.find((o) => o.docId === SECOND.row.id)!.bytes += '*'), /original file row 1 \(imp-10e\w+\), field “bytes”: the file’s bytes are not valid base64/],
  ])('refuses a backup with %s whole, in either mode, and leaves the database untouched', async (_, damage, message) => {
    const source = await freshDb();
    await fill(source);
    await fillLibrary(source);
    const json = JSON.parse(serializeBackup(await exportBackup(source))) as BackupJson;
    damage(json.data);
    const db = await freshDb();
    await db.highlights.put(highlight('h-old', 'قمة برلين'));
    await putImported(db, [imported('imp-here', 'وثيقة هنا\nنص قصير')]);
    const before = serializeBackup(await exportBackup(db, 'now'));
    for (const mode of ['replace', 'merge'] as const) {
      await expect(importBackup(db, JSON.stringify(json), mode)).rejects.toThrow(message);
      expect(serializeBackup(await exportBackup(db, 'now'))).toBe(before);
    }
  });
});

// A backup file exactly as the app wrote it before the library (backup version 1, as of commit
// 1bca810), from the rows `fill` writes.
const VERSION_1_BACKUP = String.raw`{
 "format": "qiraa-backup",
 "version": 1,
 "exportedAt": "2025-01-15T09:30:00.000Z",
 "app": {
  "name": "Qira'a",
  "version": "0.1.0"
 },
 "data": {
  "settings": [
   {
    "key": "lastDocumentId",
    "value": "000_14e37202ef5eb1ed"
   },
   {
    "key": "reading",
    "value": {
     "theme": "sepia",
     "fontSize": 22,
     "lineHeight": 1.8
    }
   }
  ],
  "documentState": [
   {
    "docId": "000_14e37202ef5eb1ed",
    "customTitle": "انسحاب القوات الأجنبية",
    "position": {
     "blockIndex": 3,
     "offsetRatio": 0.25
    },
    "openedAt": 1700000000000
   }
  ],
  "highlights": [
   {
    "id": "h-1",
    "docId": "000_14e37202ef5eb1ed",
    "color": "green",
    "style": "highlight",
    "tags": [
     "ليبيا"
    ],
    "selectors": {
     "quote": {
      "type": "TextQuoteSelector",
      "exact": "ريتشارد ميلز جونيور",
      "prefix": "ة الأمريكية لدى الأمم المتحدة ، ",
      "suffix": " ، بعد انتهاء المهلة المحددة في "
     },
     "position": {
      "type": "TextPositionSelector",
      "start": 176,
      "end": 195
     }
    },
    "sortIndex": 176,
    "createdAt": 1,
    "modifiedAt": 2
   },
   {
    "id": "h-2",
    "docId": "000_14e37202ef5eb1ed",
    "color": "green",
    "style": "highlight",
    "tags": [
     "ليبيا"
    ],
    "selectors": {
     "quote": {
      "type": "TextQuoteSelector",
      "exact": "الانسحاب الفوري",
      "prefix": "دعت الولايات المتحدة إلى ",
      "suffix": " للقوات الروسية والتركية من ليبي"
     },
     "position": {
      "type": "TextPositionSelector",
      "start": 25,
      "end": 40
     }
    },
    "sortIndex": 25,
    "createdAt": 1,
    "modifiedAt": 2
   }
  ],
  "notes": [
   {
    "id": "n-1",
    "title": "ملاحظة 📰",
    "highlightId": "h-1",
    "docId": "000_14e37202ef5eb1ed",
    "content": "{\"root\":{\"type\":\"root\",\"version\":1,\"children\":[{\"type\":\"passage-link\",\"version\":1,\"highlightId\":\"h-1\",\"docId\":\"000_14e37202ef5eb1ed\",\"quote\":\"ريتشارد ميلز جونيور\"},{\"type\":\"paragraph\",\"version\":1,\"children\":[],\"direction\":null,\"format\":\"\",\"indent\":0,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":null,\"format\":\"\",\"indent\":0}}",
    "plainText": "«ريتشارد ميلز جونيور»\n",
    "linkedNoteIds": [],
    "linkedHighlightIds": [
     "h-1"
    ],
    "createdAt": 4,
    "modifiedAt": 5
   }
  ]
 }
}
`;

describe('a version 1 backup', () => {
  it('is the backup as the app wrote it before the library', () => {
    expect(JSON.parse(VERSION_1_BACKUP)).toMatchObject({ version: 1, data: { highlights: [{ id: 'h-1' }, { id: 'h-2' }] } });
    expect(Object.keys(JSON.parse(VERSION_1_BACKUP).data)).toEqual(['settings', 'documentState', 'highlights', 'notes']);
  });

  it('restores in place of everything: its annotations, and the library it did not have is empty', async () => {
    const db = await freshDb();
    await db.highlights.put(highlight('h-old', 'قمة برلين'));
    await fillLibrary(db);
    expect(await importBackup(db, VERSION_1_BACKUP, 'replace')).toEqual({ ...ALL_EMPTY, settings: 2, documentState: 1, highlights: 2, notes: 1 });
    const restored = JSON.parse(serializeBackup(await exportBackup(db))) as BackupJson;
    expect(restored.version).toBe(BACKUP_VERSION);
    expect(restored.data).toEqual({ ...JSON.parse(VERSION_1_BACKUP).data, documents: [], documentBodies: [], originals: [], collections: [] });
  });

  it('merges into a database with a library, keeping the library', async () => {
    const db = await freshDb();
    await db.highlights.put(highlight('h-here', 'الأمم المتحدة'));
    await fillLibrary(db);
    expect(await importBackup(db, VERSION_1_BACKUP, 'merge')).toEqual({ settings: 2, documentState: 1, highlights: 3, notes: 1, documents: 2, documentBodies: 2, originals: 2, collections: 1 });
    expect(await db.documentBodies.get(LIBYA.row.id)).toEqual(LIBYA.body);
    expect((await db.notes.get('n-1'))?.title).toBe('ملاحظة 📰');
  });
});

describe('a backup of a large library', () => {
  const sentences = readdirSync(new URL('../../../seeds/', import.meta.url))
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8').split(/(?<=[.؟!])\s+|\n+/))
    .filter((sentence) => sentence.length > 20);

  /** About 6.5 KB of Arabic: a title line, then paragraphs of four sentences. */
  function article(index: number): string {
    const lines = [`المقال رقم ${index}`];
    for (let next = index * 7, length = 0; length < 6_500; next += 4) {
      const paragraph = [0, 1, 2, 3].map((k) => sentences[(next + k) % sentences.length]).join(' ');
      lines.push(paragraph);
      length += paragraph.length + 1;
    }
    return lines.join('\n');
  }

  it('exports, serialises, parses and restores 2,000 imported documents fully', { timeout: 30_000 }, async () => {
    const documents = Array.from({ length: 2_000 }, (_, index) => imported(`imp-${String(index).padStart(20, '0')}`, article(index), index % 2 === 0 ? 'utf-8' : 'windows-1256'));
    const source = await freshDb();
    await putImported(source, documents);
    const text = serializeBackup(await exportBackup(source));
    expect(documents[0]!.body.text.length).toBeGreaterThan(6_500);
    expect(text.length).toBeGreaterThan(30_000_000);
    const target = await freshDb();
    expect(await importBackup(target, text, 'replace')).toEqual({ ...ALL_EMPTY, documents: 2_000, documentBodies: 2_000, originals: 2_000 });
    for (const sample of [documents[0]!, documents[1_337]!]) {
      expect((await target.documentBodies.get(sample.row.id))?.text).toBe(sample.body.text);
      expect((await target.originals.get(sample.row.id))?.bytes).toEqual(sample.original.bytes);
    }
  });
});

// Arabic, Latin, emoji and the odd characters of real notes.
const text = fc.string({ unit: fc.constantFrom(...'دعت الولايات المتحدة إلى ليبيا ُ ّ 123 abc *_#>[|`<>\\"\n📰🇱🇾'.split('')), maxLength: 40 });
const id = fc.uuid();
// Up to the day these tests were written: a restore brings later times back to the restore time.
const time = fc.integer({ min: 0, max: 1_764_000_000_000 });
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
  content: fc.oneof(fc.constant(emptyContent()), text.map((t) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: t }] }] } }))),
  plainText: text,
  linkedNoteIds: fc.array(id, { maxLength: 2 }),
  linkedHighlightIds: fc.array(id, { maxLength: 2 }),
  createdAt: time,
  modifiedAt: time,
});
const documentArb = fc.record({
  id: id.map((uuid) => `imp-${uuid}`),
  fileName: text,
  format: fc.constantFrom('txt' as const, 'md' as const, 'html' as const, 'clipboard' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const, 'windows-1256' as const, 'iso-8859-6' as const),
  contentHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  byteLength: fc.nat(),
  title: text,
  titleDerived: fc.boolean(),
  source: fc.option(text, { nil: null }),
  byline: fc.option(text, { nil: null }),
  tags: fc.array(text, { maxLength: 3 }),
  publishedAt: fc.option(fc.constantFrom('2021-01-25', '2024-05-01T10:00:00Z'), { nil: null }),
  url: fc.option(fc.webUrl(), { nil: null }),
  wordCount: fc.nat(),
  charCount: fc.nat(),
  addedAt: time,
  collectionIds: fc.array(id, { maxLength: 2 }),
  derivedVersion: fc.nat(3),
});
const blockKind = fc.constantFrom('title' as const, 'heading' as const, 'paragraph' as const, 'caption' as const, 'quote' as const, 'list-item' as const, 'byline' as const, 'source' as const, 'related-link' as const, 'tag' as const, 'boilerplate' as const);
const bodyArb = (docId: string) =>
  text.chain((body) =>
    fc.record({
      docId: fc.constant(docId),
      text: fc.constant(body),
      blocks: fc.array(fc.tuple(blockKind, fc.nat(body.length), fc.nat(body.length)).map(([kind, a, b]): StoredBlock => [kind, Math.min(a, b), Math.max(a, b)]), { maxLength: 4 }),
      relatedLinks: fc.array(fc.webUrl(), { maxLength: 2 }),
    }),
  );
const originalArb = (docId: string) => fc.record({ docId: fc.constant(docId), fileName: text, bytes: fc.uint8Array({ maxLength: 64 }) });
const dataArb: fc.Arbitrary<BackupData> = fc.record({
  settings: fc.uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 12 }),
      // A "__proto__" key is left out on import (a test of its own, above), so it cannot round-trip.
      value: fc
        .jsonValue({ maxDepth: 2 })
        .filter((v) => !JSON.stringify(v).includes('"__proto__":'))
        .map((v) => v as BackupData['settings'][number]['value']),
    }),
    { selector: (s) => s.key, maxLength: 4 },
  ),
  documentState: fc.uniqueArray(
    fc.record({ docId: fc.constantFrom(DOC, '001_10e699bd053cc6a9', '002_c93f435b5cdcdac7'), customTitle: fc.option(text, { nil: null }), position: fc.option(fc.record({ blockIndex: fc.nat(200), offsetRatio: fc.double({ min: 0, max: 1, noNaN: true }) }), { nil: null }), openedAt: fc.option(time, { nil: null }) }),
    { selector: (s) => s.docId, maxLength: 3 },
  ),
  highlights: fc.uniqueArray(highlightArb, { selector: (h) => h.id, maxLength: 12 }),
  notes: fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 12 }),
  library: fc.uniqueArray(documentArb, { selector: (d) => d.id, maxLength: 3 }).chain((documents) =>
    fc.record({
      documents: fc.constant(documents),
      // A document's body or original may be missing; one without its document may not.
      documentBodies: fc.tuple(...documents.map((d) => fc.option(bodyArb(d.id), { nil: undefined }))).map((rows) => rows.filter((row) => row !== undefined)),
      originals: fc.tuple(...documents.map((d) => fc.option(originalArb(d.id), { nil: undefined }))).map((rows) => rows.filter((row) => row !== undefined)),
    }),
  ),
  collections: fc.uniqueArray(fc.record({ id, name: text, createdAt: time }), { selector: (c) => c.id, maxLength: 3 }),
}).map(({ library, ...rest }) => ({ ...rest, ...library }));

describe('the backup round trip', () => {
  it('is lossless: export, clear, import, export again gives the same file', async () => {
    const db = await freshDb();
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        const first = serializeBackup({ format: 'qiraa-backup', version: BACKUP_VERSION, exportedAt: '2024-05-01T10:00:00.000Z', app: { name: 'test', version: '0' }, data });
        await importBackup(db, first, 'replace');
        const exported = await exportBackup(db, '2024-05-01T10:00:00.000Z', { name: 'test', version: '0' });
        await Promise.all(db.tables.map((table) => table.clear()));
        await importBackup(db, serializeBackup(exported), 'replace');
        const again = serializeBackup(await exportBackup(db, '2024-05-01T10:00:00.000Z', { name: 'test', version: '0' }));
        expect(again).toBe(serializeBackup(exported));
        // The same rows as generated, in the database's key order.
        const byKey = <T,>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        const generated = (JSON.parse(first) as BackupJson).data;
        expect((JSON.parse(again) as BackupJson).data).toEqual({
          settings: byKey(generated.settings, (r) => r.key),
          documentState: byKey(generated.documentState, (r) => r.docId),
          highlights: byKey(generated.highlights, (r) => r.id),
          notes: byKey(generated.notes, (r) => r.id),
          documents: byKey(generated.documents, (r) => r.id),
          documentBodies: byKey(generated.documentBodies, (r) => r.docId),
          originals: byKey(generated.originals, (r) => r.docId),
          collections: byKey(generated.collections, (r) => r.id),
        });
      }),
      { numRuns: 40 },
    );
  });
});
