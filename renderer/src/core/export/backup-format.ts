/**
 * The backup file: one versioned JSON document with everything the user made, imported documents
 * included. Parsing checks every row before anything is written, and says in plain words what is
 * wrong with a bad file. Version 1 files (before the library) are read as having an empty library.
 */
import { z } from 'zod';
import type { Message } from '../message';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, type Highlight } from '../highlights/highlight-types';
import type { CollectionRow, DocumentBodyRow, LibraryDocumentRow, OriginalFileRow } from '../library/library-types';
import type { NoteRow } from '../notes/note-types';
import { noteContentProblem } from './note-content-check';

export const BACKUP_FORMAT = 'qiraa-backup';

/**
 * A problem the checks below find, as a zod issue carrying the message the user reads (zod's own
 * `message` is only its id, for logs).
 */
function problem(message: Message, path?: PropertyKey[]): z.core.$ZodRawIssue {
  return { code: 'custom', message: message.id, params: { problem: message }, input: undefined, ...(path ? { path } : {}) };
}
export const BACKUP_VERSION = 2;

const id = z.string().min(1);
// A Date holds at most 8.64e15 ms either side of 1970; a time outside that blanks every view
// that shows it ("Invalid time value") and fails every export that writes it.
const MAX_TIME = 8.64e15;
const time = z
  .number()
  .finite()
  .superRefine((t, ctx) => {
    if (Math.abs(t) > MAX_TIME) ctx.addIssue(problem({ id: 'backup.problem.time', values: { value: String(t) } }));
  });
const offset = z.number().int().nonnegative();

// The row shapes mirror renderer/src/data/db.ts; they are restated here because core cannot
// import the data layer. `satisfies` below keeps them from drifting apart silently.
const settingSchema = z.object({ key: id, value: z.json() }).strict();
const documentStateSchema = z
  .object({
    docId: id,
    customTitle: z.string().nullable(),
    position: z.object({ blockIndex: z.number().int().nonnegative(), offsetRatio: z.number().min(0).max(1) }).strict().nullable(),
    openedAt: time.nullable(),
  })
  .strict();
const highlightSchema = z
  .object({
    id,
    docId: id,
    color: z.enum(HIGHLIGHT_COLORS),
    style: z.enum(HIGHLIGHT_STYLES),
    tags: z.array(z.string()),
    selectors: z
      .object({
        quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }).strict(),
        position: z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }).strict().refine((p) => p.start <= p.end, { params: { problem: { id: 'backup.problem.startAfterEnd' } } }),
      })
      .strict(),
    sortIndex: z.number().finite(),
    createdAt: time,
    modifiedAt: time,
  })
  .strict();
const noteSchema = z
  .object({
    id,
    title: z.string(),
    highlightId: id.nullable(),
    docId: id.nullable(),
    content: z.string(),
    plainText: z.string(),
    linkedNoteIds: z.array(id),
    linkedHighlightIds: z.array(id),
    createdAt: time,
    modifiedAt: time,
  })
  .strict()
  .superRefine((note, ctx) => {
    const content = noteContentProblem(note.content);
    if (content === null) return;
    const untitled = note.title.trim() === '';
    ctx.addIssue(problem(untitled ? { id: 'backup.problem.untitledNoteUnreadable', values: { problem: content } } : { id: 'backup.problem.noteUnreadable', values: { title: note.title, problem: content } }, ['content']));
  });

// Restated from import-types.ts and corpus-types.ts (types only there); the row checks below
// fail to compile if a value is added there and not here.
const IMPORT_FORMATS = ['txt', 'md', 'html', 'epub', 'clipboard'] as const;
const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'] as const;
const BLOCK_KINDS = ['title', 'heading', 'paragraph', 'caption', 'quote', 'list-item', 'byline', 'source', 'related-link', 'tag', 'boilerplate'] as const;
const count = z.number().int().nonnegative();

const libraryDocumentSchema = z
  .object({
    id,
    fileName: z.string(),
    format: z.enum(IMPORT_FORMATS),
    encoding: z.enum(TEXT_ENCODINGS),
    contentHash: z.string().min(1),
    byteLength: count,
    title: z.string(),
    titleDerived: z.boolean(),
    source: z.string().nullable(),
    byline: z.string().nullable(),
    tags: z.array(z.string()),
    publishedAt: z.string().nullable(),
    url: z.string().nullable(),
    wordCount: count,
    charCount: count,
    addedAt: time,
    collectionIds: z.array(id),
    derivedVersion: count,
  })
  .strict();
const documentBodySchema = z
  .object({
    docId: id,
    text: z.string(),
    // A heading's level, when the file gave one, follows its offsets (rows from before have none).
    blocks: z.array(z.tuple([z.enum(BLOCK_KINDS), offset, offset, z.number().int().min(1).max(6).optional()])),
    relatedLinks: z.array(z.string()),
    toc: z.array(z.tuple([z.string(), offset, z.number().int().min(1)])).optional(),
    book: z
      .object({ language: z.string().nullable(), identifier: z.string().nullable(), direction: z.enum(['rtl', 'ltr']).nullable(), date: z.string().nullable().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    body.blocks.forEach(([, start, end], index) => {
      if (start > end) ctx.addIssue(problem({ id: 'backup.problem.blockReversed', values: { block: index + 1, start, end } }, ['blocks', index]));
      else if (end > body.text.length) ctx.addIssue(problem({ id: 'backup.problem.blockPastEnd', values: { block: index + 1, end, length: body.text.length } }, ['blocks', index]));
    });
  });
const originalFileSchema = z
  .object({
    docId: id,
    fileName: z.string(),
    bytes: z.string().transform((text, ctx): Uint8Array => {
      const bytes = decodeBase64(text);
      if (bytes === null) ctx.addIssue(problem({ id: 'backup.problem.notBase64' }));
      return bytes ?? new Uint8Array();
    }),
  })
  .strict();
const collectionSchema = z.object({ id, name: z.string(), createdAt: time }).strict();

export type BackupSetting = z.infer<typeof settingSchema>;
export type BackupDocumentState = z.infer<typeof documentStateSchema>;

function uniqueBy<T>(key: (row: T) => string) {
  return (rows: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(key(row))) ctx.addIssue(problem({ id: 'backup.problem.duplicate', values: { key: key(row) } }, [index]));
      seen.add(key(row));
    });
  };
}

/** Bodies and originals are parts of a document: one without its document is damage. */
function belongsToADocument(table: 'documentBodies' | 'originals') {
  return (data: { documents: { id: string }[] } & Record<typeof table, { docId: string }[]>, ctx: z.RefinementCtx) => {
    const ids = new Set(data.documents.map((row) => row.id));
    data[table].forEach((row, index) => {
      if (!ids.has(row.docId)) ctx.addIssue(problem({ id: 'backup.problem.noDocument' }, [table, index, 'docId']));
    });
  };
}

const annotationTables = {
  settings: z.array(settingSchema).superRefine(uniqueBy((r) => r.key)),
  documentState: z.array(documentStateSchema).superRefine(uniqueBy((r) => r.docId)),
  highlights: z.array(highlightSchema).superRefine(uniqueBy((r) => r.id)),
  notes: z.array(noteSchema).superRefine(uniqueBy((r) => r.id)),
};
const dataSchemaV1 = z.object(annotationTables).strict();
const dataSchema = z
  .object({
    ...annotationTables,
    documents: z.array(libraryDocumentSchema).superRefine(uniqueBy((r) => r.id)),
    documentBodies: z.array(documentBodySchema).superRefine(uniqueBy((r) => r.docId)),
    originals: z.array(originalFileSchema).superRefine(uniqueBy((r) => r.docId)),
    collections: z.array(collectionSchema).superRefine(uniqueBy((r) => r.id)),
  })
  .strict()
  .superRefine(belongsToADocument('documentBodies'))
  .superRefine(belongsToADocument('originals'));

export type BackupData = z.infer<typeof dataSchema>;
// Compile-time checks that backup rows are exactly the app's rows.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _BackupRowsMatchTheApp = [
  Assert<Same<BackupData['highlights'][number], Highlight>>,
  Assert<Same<BackupData['notes'][number], NoteRow>>,
  Assert<Same<BackupData['documents'][number], LibraryDocumentRow>>,
  Assert<Same<BackupData['documentBodies'][number], DocumentBodyRow>>,
  Assert<Same<BackupData['originals'][number], OriginalFileRow>>,
  Assert<Same<BackupData['collections'][number], CollectionRow>>,
];

const envelope = {
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }).strict(),
};
const backupSchemaV1 = z.object({ ...envelope, version: z.literal(1), data: dataSchemaV1 }).strict();
const backupSchema = z.object({ ...envelope, version: z.literal(BACKUP_VERSION), data: dataSchema }).strict();

export type Backup = z.infer<typeof backupSchema>;
/** The backup as it is written to the file: as `Backup`, with the original files' bytes in base64. */
export type BackupJson = z.input<typeof backupSchema>;
export type BackupTable = keyof BackupData;
export const BACKUP_TABLES: readonly BackupTable[] = ['settings', 'documentState', 'highlights', 'notes', 'documents', 'documentBodies', 'originals', 'collections'];

/** Wraps the data in the versioned envelope. */
export function makeBackup(data: BackupData, exportedAt: string, app: Backup['app']): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, app, data };
}

/** The backup as JSON can hold it: each original file's bytes become a base64 string. */
export function toBackupJson(backup: Backup): BackupJson {
  const originals = backup.data.originals.map((row) => ({ ...row, bytes: encodeBase64(row.bytes) }));
  return { ...backup, data: { ...backup.data, originals } };
}

/** A refused file's message: an id and its values, formatted in the interface language when shown. */
export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: Message };

/** The value at `path` inside the parsed JSON, or undefined when there is none. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const step of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[step] : undefined;
  return value;
}

/** What is wrong, as a message: ours from the checks above, else one for each kind of zod issue, its own text kept only as technical detail. */
function problemOf(issue: z.core.$ZodIssue, input: unknown): Message {
  const ours = issue.code === 'custom' ? (issue.params as { problem?: Message } | undefined)?.problem : undefined;
  if (ours) return ours;
  const missing = valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return missing ? { id: 'backup.problem.missing' } : { id: 'backup.problem.wrongType', values: { expected: issue.expected } };
    case 'unrecognized_keys':
      return { id: 'backup.problem.unknownFields', values: { fields: issue.keys.join(', ') } };
    case 'invalid_value':
      return missing ? { id: 'backup.problem.missing' } : { id: 'backup.problem.notAllowed' };
    default:
      return { id: 'backup.problem.invalid', values: { detail: issue.message } };
  }
}

/** Which row: its kind (the table), its number from 1, and its id or key when it has one. */
function rowOf(table: string, row: number, input: unknown): Message {
  const record = valueAt(input, ['data', table, row]) as Record<string, unknown> | undefined;
  const key = typeof record === 'object' && record !== null ? (record.id ?? record.key ?? record.docId) : undefined;
  return typeof key === 'string' ? { id: 'backup.row.keyed', values: { table, row: row + 1, key } } : { id: 'backup.row', values: { table, row: row + 1 } };
}

/** One issue as a message naming the kind of row, its number and the field, and what is wrong there. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): Message {
  const problem = problemOf(issue, input);
  const [first, table, row, ...field] = issue.path;
  if (first === 'data' && typeof table === 'string' && typeof row === 'number') {
    const which = rowOf(table, row, input);
    return field.length > 0 ? { id: 'backup.issue.rowField', values: { row: which, field: field.join('.'), problem } } : { id: 'backup.issue.row', values: { row: which, problem } };
  }
  return issue.path.length > 0 ? { id: 'backup.issue.path', values: { field: issue.path.join('.'), problem } } : { id: 'backup.issue.file', values: { problem } };
}

/**
 * Reads a backup file's text. Refuses, with a message for the user, text that is not JSON, JSON
 * that is not a Qira'a backup, a backup from a newer version of the app, and a damaged backup
 * (naming the table, row and field). Never partially accepts a file.
 */
export function parseBackup(text: string): ParsedBackup {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    // JSON that breaks off or is garbled part-way (a copy cut short) is a damaged backup, not another kind of file.
    if (/^\s*\{/.test(text)) return { ok: false, message: { id: 'backup.restore.incomplete' } };
    return { ok: false, message: { id: 'backup.restore.notJson' } };
  }
  const envelope = input as { format?: unknown; version?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== BACKUP_FORMAT) {
    return { ok: false, message: { id: 'backup.restore.notBackup' } };
  }
  if (typeof envelope.version === 'number' && Number.isInteger(envelope.version) && envelope.version > BACKUP_VERSION) {
    return { ok: false, message: { id: 'backup.restore.newer', values: { version: envelope.version, supported: BACKUP_VERSION } } };
  }
  if (envelope.version === 1) {
    const parsed = backupSchemaV1.safeParse(input);
    if (!parsed.success) return damaged(parsed.error, input);
    const data = { ...parsed.data.data, documents: [], documentBodies: [], originals: [], collections: [] };
    return { ok: true, backup: { ...parsed.data, version: BACKUP_VERSION, data } };
  }
  const parsed = backupSchema.safeParse(input);
  return parsed.success ? { ok: true, backup: parsed.data } : damaged(parsed.error, input);
}

function damaged(error: z.ZodError, input: unknown): ParsedBackup {
  const issues = error.issues.slice(0, 3).map((issue) => describeIssue(issue, input));
  return { ok: false, message: { id: 'backup.restore.damaged', values: { issues, more: Math.max(0, error.issues.length - 3) } } };
}

function mergeRows<T>(current: readonly T[], incoming: readonly T[], key: (row: T) => string, pick: (current: T, incoming: T) => T): T[] {
  const merged = new Map(current.map((row) => [key(row), row]));
  for (const row of incoming) {
    const existing = merged.get(key(row));
    merged.set(key(row), existing === undefined ? row : pick(existing, row));
  }
  return [...merged.values()];
}

const keepCurrent = <T,>(row: T) => row;
const newer = <T extends { modifiedAt: number }>(current: T, incoming: T) => (incoming.modifiedAt > current.modifiedAt ? incoming : current);

/** The rows of a document's parts (body, original) that belong to the document row that won the merge. */
function partsOfWinners<T extends { docId: string }>(current: readonly T[], incoming: readonly T[], fromBackup: ReadonlySet<string>): T[] {
  return [...current.filter((row) => !fromBackup.has(row.docId)), ...incoming.filter((row) => fromBackup.has(row.docId))];
}

/**
 * What the database holds after merging a backup into it. Highlights and notes: per id, the row
 * edited last wins (ties keep the current one). Settings: the current value wins; the backup only
 * adds keys this device lacks. Document state: a rename and a reading position are kept if this
 * device has them, else taken from the backup; the later `openedAt` wins. Imported documents: one
 * already here stays as it is (the same id is the same file, or a newer version of it chosen here),
 * with its body and original; the backup adds those this device lacks. Collections: the union,
 * keeping this device's name. Nothing is deleted.
 */
export function mergeBackup(current: BackupData, incoming: BackupData): BackupData {
  const here = new Set(current.documents.map((row) => row.id));
  const fromBackup = new Set(incoming.documents.map((row) => row.id).filter((docId) => !here.has(docId)));
  return {
    settings: mergeRows(current.settings, incoming.settings, (r) => r.key, keepCurrent),
    documentState: mergeRows(current.documentState, incoming.documentState, (r) => r.docId, (c, i) => ({
      docId: c.docId,
      customTitle: c.customTitle ?? i.customTitle,
      position: c.position ?? i.position,
      openedAt: c.openedAt === null || i.openedAt === null ? (c.openedAt ?? i.openedAt) : Math.max(c.openedAt, i.openedAt),
    })),
    highlights: mergeRows(current.highlights, incoming.highlights, (r) => r.id, newer),
    notes: mergeRows(current.notes, incoming.notes, (r) => r.id, newer),
    documents: mergeRows(current.documents, incoming.documents, (r) => r.id, keepCurrent),
    documentBodies: partsOfWinners(current.documentBodies, incoming.documentBodies, fromBackup),
    originals: partsOfWinners(current.originals, incoming.originals, fromBackup),
    collections: mergeRows(current.collections, incoming.collections, (r) => r.id, keepCurrent),
  };
}

/** Row counts per table, for telling the user what a restore did. */
export function countRows(data: BackupData): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, data[table].length])) as Record<BackupTable, number>;
}

// Base64 without Buffer, so the same code runs in the window, a worker and Node. Chunks keep
// String.fromCharCode's argument list small; a multiple of 3 bytes makes the chunks' base64 join.
const BASE64_CHUNK = 3 * 8192;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes as standard base64 (with padding). */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BASE64_CHUNK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + BASE64_CHUNK))));
  }
  return parts.join('');
}

/** The bytes of standard, padded base64 text, or null when the text is not that. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
