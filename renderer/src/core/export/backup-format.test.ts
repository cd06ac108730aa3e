import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/in-english';
import type { CollectionRow, DocumentBodyRow, LibraryDocumentRow, OriginalFileRow, StoredBlock } from '../library/library-types';
import { contentWithPassageLink } from '../notes/note-content';
import type { NoteRow } from '../notes/note-types';
import { BACKUP_VERSION, decodeBase64, encodeBase64, makeBackup, mergeBackup, parseBackup, toBackupJson, type BackupData, type ParsedBackup } from './backup-format';

/** A refused backup's message as the English interface shows it. */
const refusalOf = (parsed: ParsedBackup): string => (parsed.ok ? 'accepted' : inEnglish(parsed.message));

const SEED = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');
const FIRST_LINE = SEED.slice(0, SEED.indexOf('\n'));

describe('base64 without Buffer', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as the RFC 4648 vector %j and back', (text, base64) => {
    const bytes = new TextEncoder().encode(text);
    expect(encodeBase64(bytes)).toBe(base64);
    expect(decodeBase64(base64)).toEqual(bytes);
  });

  it('round-trips every byte value and files larger than one chunk, as Node encodes them', () => {
    const every = Uint8Array.from({ length: 256 }, (_, index) => index);
    const large = Uint8Array.from({ length: 100_003 }, (_, index) => (index * 7919) % 256);
    for (const bytes of [every, large, new TextEncoder().encode(SEED)]) {
      const base64 = encodeBase64(bytes);
      expect(base64).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(base64)).toEqual(bytes);
    }
  });

  it.each(['Zg=', 'Zm9v!', 'Zm 9v', 'Z===', '=Zm8', 'Zm9v\n', 'ليبيا='])('refuses %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

const EMPTY: BackupData = { settings: [], documentState: [], highlights: [], notes: [], documents: [], documentBodies: [], originals: [], collections: [] };

function documentRow(id: string, title: string, collectionIds: string[] = []): LibraryDocumentRow {
  return {
    id,
    fileName: `${title}.txt`,
    format: 'txt',
    encoding: 'utf-8',
    contentHash: id.replace('imp-', '').padEnd(64, '0'),
    byteLength: 10,
    title,
    titleDerived: false,
    source: null,
    byline: null,
    tags: [],
    publishedAt: null,
    url: null,
    wordCount: 2,
    charCount: title.length,
    addedAt: 1,
    collectionIds,
    derivedVersion: 1,
  };
}
const body = (docId: string, text = FIRST_LINE): DocumentBodyRow => ({ docId, text, blocks: [['paragraph', 0, text.length]], relatedLinks: [] });
const original = (docId: string, text = FIRST_LINE): OriginalFileRow => ({ docId, fileName: 'x.txt', bytes: new TextEncoder().encode(text) });
const collection = (id: string, name: string): CollectionRow => ({ id, name, createdAt: 1 });

function library(...docIds: string[]): BackupData {
  return { ...EMPTY, documents: docIds.map((docId) => documentRow(docId, docId)), documentBodies: docIds.map((docId) => body(docId)), originals: docIds.map((docId) => original(docId)) };
}

/** The backup file's text with `damage` applied to its JSON data. */
function fileWith(data: BackupData, damage: (data: Record<string, Record<string, unknown>[]>) => void = () => {}): string {
  const json = toBackupJson(makeBackup(data, '2025-01-15T09:30:00.000Z', { name: 'test', version: '0' }));
  damage(json.data as unknown as Record<string, Record<string, unknown>[]>);
  return JSON.stringify(json);
}

describe('reading a backup file', () => {
  it('reads a version 1 file (before the library) as one with an empty library', () => {
    const v1 = JSON.stringify({ format: 'qiraa-backup', version: 1, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: 'Qira’a', version: '0.1.0' }, data: { settings: [{ key: 'lastDocumentId', value: 'x' }], documentState: [], highlights: [], notes: [] } });
    const parsed = parseBackup(v1);
    expect(parsed).toEqual({ ok: true, backup: expect.objectContaining({ version: BACKUP_VERSION, data: { ...EMPTY, settings: [{ key: 'lastDocumentId', value: 'x' }] } }) });
  });

  it('refuses library tables in a version 1 file', () => {
    const v1 = fileWith(library('imp-a')).replace(`"version":${BACKUP_VERSION}`, '"version":1');
    expect(refusalOf(parseBackup(v1))).toMatch(/damaged and was not restored: “data”: it has fields this version of Qira’a does not know: documents, documentBodies/);
  });

  it('reads back the original bytes exactly', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, index) => (index * 31) % 256);
    const data = { ...library('imp-a'), originals: [{ docId: 'imp-a', fileName: 'ليبيا.txt', bytes }] };
    const parsed = parseBackup(fileWith(data));
    expect(parsed.ok && parsed.backup.data.originals[0]?.bytes).toEqual(bytes);
  });

  it('keeps a heading’s level, and reads blocks stored without one', () => {
    const data = library('imp-a');
    const blocks: StoredBlock[] = [['heading', 0, 2, 2], ['paragraph', 0, 2]];
    data.documentBodies![0]!.blocks = blocks;
    const parsed = parseBackup(fileWith(data));
    expect(parsed.ok && parsed.backup.data.documentBodies[0]?.blocks).toEqual(blocks);
  });

  it.each<[string, (data: Record<string, Record<string, unknown>[]>) => void, RegExp]>([
    ['a block past the end of its text', (d) => (d.documentBodies![0]!.blocks = [['paragraph', 0, FIRST_LINE.length + 1]]), /document text row 1 \(imp-a\), field “blocks\.0”: block 1 ends at \d+, past the end of the text/],
    ['a block that starts after it ends', (d) => (d.documentBodies![0]!.blocks = [['title', 5, 2]]), /document text row 1 \(imp-a\), field “blocks\.0”: block 1 starts after it ends/],
    ['a block of an unknown kind', (d) => (d.documentBodies![0]!.blocks = [['footnote', 0, 2]]), /document text row 1 \(imp-a\), field “blocks\.0\.0”/],
    ['a block with a fifth member', (d) => (d.documentBodies![0]!.blocks = [['heading', 0, 2, 3, 1] as never]), /document text row 1 \(imp-a\), field “blocks\.0”/],
    ['a heading level past 6', (d) => (d.documentBodies![0]!.blocks = [['heading', 0, 2, 7]]), /document text row 1 \(imp-a\), field “blocks\.0\.3”/],
    ['a body of a document not in the backup', (d) => (d.documentBodies![0]!.docId = 'imp-gone'), /document text row 1 \(imp-gone\), field “docId”: no document with this id is in the backup/],
    ['an original of a document not in the backup', (d) => (d.originals![0]!.docId = 'imp-gone'), /original file row 1 \(imp-gone\), field “docId”: no document with this id is in the backup/],
    ['bytes that are not base64', (d) => (d.originals![0]!.bytes = 'ليس base64'), /original file row 1 \(imp-a\), field “bytes”: the file’s bytes are not valid base64/],
    ['an unknown encoding', (d) => (d.documents![0]!.encoding = 'latin-1'), /document row 1 \(imp-a\), field “encoding”/],
    ['an unknown format', (d) => (d.documents![0]!.format = 'pdf'), /document row 1 \(imp-a\), field “format”/],
    ['a field the app does not know', (d) => (d.documents![0]!.extra = 1), /document row 1 \(imp-a\):.*extra/],
    ['the same document twice', (d) => d.documents!.push(d.documents![0]!), /document row 2 \(imp-a\): the key “imp-a” appears twice/],
    ['the same collection twice', (d) => (d.collections = [collection('col-1', 'أ'), collection('col-1', 'ب')] as never), /collection row 2 \(col-1\): the key “col-1” appears twice/],
    ['a body that is not an object', (d) => (d.documentBodies![0] = 5 as never), /document text row 1/],
    ['a block that is not a list', (d) => (d.documentBodies![0]!.blocks = [5]), /document text row 1 \(imp-a\), field “blocks\.0”/],
  ])('refuses %s, naming the table, row and field', (_, damage, message) => {
    const parsed = parseBackup(fileWith(library('imp-a'), damage));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && inEnglish(parsed.message)).toMatch(message);
  });

  it('refuses a backup from a version after this one', () => {
    const future = fileWith(EMPTY).replace(`"version":${BACKUP_VERSION}`, `"version":${BACKUP_VERSION + 1}`);
    expect(parseBackup(future)).toEqual({ ok: false, message: { id: 'backup.restore.newer', values: { version: 3, supported: 2 } } });
    expect(refusalOf(parseBackup(future))).toMatch(/newer version.*backup version 3; this version reads up to 2/);
  });
});

const noteOn = (highlightId: string): NoteRow => ({
  id: 'n-1',
  title: 'ملاحظة عن الانسحاب',
  highlightId,
  docId: 'imp-a',
  content: contentWithPassageLink({ highlightId, docId: 'imp-a', quote: FIRST_LINE.slice(0, 20) }),
  plainText: `«${FIRST_LINE.slice(0, 20)}»`,
  linkedNoteIds: [],
  linkedHighlightIds: [highlightId],
  createdAt: 1_700_000_000_000,
  modifiedAt: 1_700_000_000_000,
});
const withNote = (): BackupData => ({ ...library('imp-a'), notes: [noteOn('h-1')], collections: [collection('col-1', 'ليبيا')], documentState: [{ docId: 'imp-a', customTitle: null, position: null, openedAt: 1 }] });

// A time outside a Date's range passed the old check and then blanked the window ("Invalid time value").
describe('times in a backup', () => {
  it.each<[string, (data: Record<string, Record<string, unknown>[]>) => void, RegExp]>([
    ['a note edited at 1e300', (d) => (d.notes![0]!.modifiedAt = 1e300), /note row 1 \(n-1\), field “modifiedAt”: 1e\+300 is not a time a date can hold/],
    ['a note created at 9e15', (d) => (d.notes![0]!.createdAt = 9e15), /note row 1 \(n-1\), field “createdAt”: 9000000000000000 is not a time/],
    ['a document opened at -1e300', (d) => (d.documentState![0]!.openedAt = -1e300), /reading state row 1 \(imp-a\), field “openedAt”: -1e\+300 is not a time/],
    ['a document added at 8.64e15 + 1', (d) => (d.documents![0]!.addedAt = 8.64e15 + 1), /document row 1 \(imp-a\), field “addedAt”: .* is not a time/],
    ['a collection made at 1e300', (d) => (d.collections![0]!.createdAt = 1e300), /collection row 1 \(col-1\), field “createdAt”/],
  ])('refuses %s, naming the row and field', (_, damage, message) => {
    const parsed = parseBackup(fileWith(withNote(), damage));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && inEnglish(parsed.message)).toMatch(message);
  });

  it('accepts the first and last times a date can hold', () => {
    const parsed = parseBackup(fileWith(withNote(), (d) => ((d.notes![0]!.createdAt = -8.64e15), (d.notes![0]!.modifiedAt = 8.64e15))));
    expect(parsed.ok).toBe(true);
  });

  it('gives each damaged row as a message with the row’s kind, number, key and field, and the problem as a message', () => {
    const parsed = parseBackup(fileWith(withNote(), (d) => (d.notes![0]!.modifiedAt = 1e300)));
    const problem = { id: 'backup.problem.time', values: { value: '1e+300' } };
    const row = { id: 'backup.row.keyed', values: { table: 'notes', row: 1, key: 'n-1' } };
    expect(parsed).toEqual({ ok: false, message: { id: 'backup.restore.damaged', values: { issues: [{ id: 'backup.issue.rowField', values: { row, field: 'modifiedAt', problem } }], more: 0 } } });
  });

  it('refuses a version 1 file with a time out of range, and still reads a good one', () => {
    const v1 = (modifiedAt: number) => JSON.stringify({ format: 'qiraa-backup', version: 1, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: 'Qira’a', version: '0.1.0' }, data: { settings: [], documentState: [], highlights: [], notes: [{ ...noteOn('h-1'), modifiedAt }] } });
    expect(refusalOf(parseBackup(v1(1e300)))).toMatch(/note row 1 \(n-1\), field “modifiedAt”/);
    expect(parseBackup(v1(1_700_000_000_000)).ok).toBe(true);
  });
});

// Content the editor cannot open blanked the window, or opened as an empty note that the next
// keystroke saved over the content.
describe('note content in a backup', () => {
  it.each<[string, unknown, RegExp]>([
    ['text that is not JSON', 'ملاحظات عادية وليست JSON', /it is not JSON/],
    ['an empty string', '', /it is not JSON/],
    ['JSON that is not editor state', '{"text":"ملاحظة"}', /no root node/],
    ['a node type the editor does not know', JSON.stringify({ root: { type: 'root', children: [{ type: 'code', children: [] }] } }), /node of type “code”/],
  ])('refuses a note holding %s, naming the note', (_, content, problem) => {
    const parsed = parseBackup(fileWith(withNote(), (d) => (d.notes![0]!.content = content)));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && inEnglish(parsed.message)).toMatch(/note row 1 \(n-1\), field “content”: the note “ملاحظة عن الانسحاب” cannot be opened/);
    expect(!parsed.ok && inEnglish(parsed.message)).toMatch(problem);
  });

  it('calls a note without a title an untitled note', () => {
    const parsed = parseBackup(fileWith(withNote(), (d) => ((d.notes![0]!.content = 'x'), (d.notes![0]!.title = ' '))));
    expect(!parsed.ok && inEnglish(parsed.message)).toMatch(/an untitled note cannot be opened: it is not JSON/);
  });
});

describe('merging the library', () => {
  it('keeps a document already here with its own body and original, and adds those only in the backup', () => {
    const here = { ...library('imp-a'), documentBodies: [body('imp-a', 'نص هذا الجهاز')], originals: [original('imp-a', 'نص هذا الجهاز')] };
    const backup = { ...library('imp-a', 'imp-b') };
    backup.documents[0] = documentRow('imp-a', 'عنوان من النسخة الاحتياطية');
    const merged = mergeBackup(here, backup);
    expect(merged.documents.map((row) => [row.id, row.title])).toEqual([
      ['imp-a', 'imp-a'],
      ['imp-b', 'imp-b'],
    ]);
    expect(merged.documentBodies).toEqual([body('imp-a', 'نص هذا الجهاز'), body('imp-b')]);
    expect(merged.originals).toEqual([original('imp-a', 'نص هذا الجهاز'), original('imp-b')]);
  });

  it('takes a document’s body and original from the backup when the document comes from it, even if a stray part is here', () => {
    const here = { ...EMPTY, documentBodies: [body('imp-b', 'بقايا')] };
    const merged = mergeBackup(here, library('imp-b'));
    expect(merged.documentBodies).toEqual([body('imp-b')]);
  });

  it('unites the collections, keeping this device’s name for one in both', () => {
    const here = { ...EMPTY, collections: [collection('col-1', 'ليبيا'), collection('col-2', 'اقتصاد')] };
    const backup = { ...EMPTY, collections: [collection('col-1', 'ليبيا والسودان'), collection('col-3', 'تاريخ')] };
    expect(mergeBackup(here, backup).collections.map((row) => [row.id, row.name])).toEqual([
      ['col-1', 'ليبيا'],
      ['col-2', 'اقتصاد'],
      ['col-3', 'تاريخ'],
    ]);
  });
});
