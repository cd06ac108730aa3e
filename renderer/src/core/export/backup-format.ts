/**
 * The backup file: one versioned JSON document with everything the user made. Parsing checks
 * every row before anything is written, and says in plain words what is wrong with a bad file.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, type Highlight } from '../highlights/highlight-types';
import type { NoteRow } from '../notes/note-types';

export const BACKUP_FORMAT = 'qiraa-backup';
export const BACKUP_VERSION = 1;

const id = z.string().min(1);
const time = z.number().finite();
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
        position: z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }).strict().refine((p) => p.start <= p.end, 'start is after end'),
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
  .strict();

export type BackupSetting = z.infer<typeof settingSchema>;
export type BackupDocumentState = z.infer<typeof documentStateSchema>;

function uniqueBy<T>(key: (row: T) => string) {
  return (rows: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(key(row))) ctx.addIssue({ code: 'custom', message: `the key "${key(row)}" appears twice`, path: [index] });
      seen.add(key(row));
    });
  };
}

const dataSchema = z
  .object({
    settings: z.array(settingSchema).superRefine(uniqueBy((r) => r.key)),
    documentState: z.array(documentStateSchema).superRefine(uniqueBy((r) => r.docId)),
    highlights: z.array(highlightSchema).superRefine(uniqueBy((r) => r.id)),
    notes: z.array(noteSchema).superRefine(uniqueBy((r) => r.id)),
  })
  .strict();

export type BackupData = z.infer<typeof dataSchema>;
// Compile-time checks that backup rows are exactly the app's rows.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _BackupRowsMatchTheApp = [Assert<Same<BackupData['highlights'][number], Highlight>>, Assert<Same<BackupData['notes'][number], NoteRow>>];

const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    app: z.object({ name: z.string(), version: z.string() }).strict(),
    data: dataSchema,
  })
  .strict();

export type Backup = z.infer<typeof backupSchema>;
export type BackupTable = keyof BackupData;
export const BACKUP_TABLES: readonly BackupTable[] = ['settings', 'documentState', 'highlights', 'notes'];

/** Wraps the data in the versioned envelope. */
export function makeBackup(data: BackupData, exportedAt: string, app: Backup['app']): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, app, data };
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const [first, table, row, ...field] = issue.path;
  if (first === 'data' && typeof table === 'string' && typeof row === 'number') {
    const rows = (input as { data: Record<string, unknown[]> }).data[table];
    const record = rows?.[row] as Record<string, unknown> | undefined;
    const key = record?.id ?? record?.key ?? record?.docId;
    const which = `${table} row ${row + 1}${typeof key === 'string' ? ` (${key})` : ''}`;
    return field.length > 0 ? `${which}, field "${field.join('.')}": ${issue.message}` : `${which}: ${issue.message}`;
  }
  return `${issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file'}: ${issue.message}`;
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
    return { ok: false, message: 'This file is not a Qira’a backup: it is not JSON.' };
  }
  const envelope = input as { format?: unknown; version?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.format !== BACKUP_FORMAT) {
    return { ok: false, message: 'This file is not a Qira’a backup.' };
  }
  if (typeof envelope.version === 'number' && Number.isInteger(envelope.version) && envelope.version > BACKUP_VERSION) {
    return { ok: false, message: `This backup was made by a newer version of Qira’a (backup version ${envelope.version}; this version reads up to ${BACKUP_VERSION}). Update the app to restore it.` };
  }
  const parsed = backupSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => describeIssue(issue, input));
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more problems)` : '';
    return { ok: false, message: `This backup is damaged and was not restored. ${issues.join('; ')}${more}.` };
  }
  return { ok: true, backup: parsed.data };
}

function mergeRows<T>(current: readonly T[], incoming: readonly T[], key: (row: T) => string, pick: (current: T, incoming: T) => T): T[] {
  const merged = new Map(current.map((row) => [key(row), row]));
  for (const row of incoming) {
    const existing = merged.get(key(row));
    merged.set(key(row), existing === undefined ? row : pick(existing, row));
  }
  return [...merged.values()];
}

const newer = <T extends { modifiedAt: number }>(current: T, incoming: T) => (incoming.modifiedAt > current.modifiedAt ? incoming : current);

/**
 * What the database holds after merging a backup into it. Highlights and notes: per id, the row
 * edited last wins (ties keep the current one). Settings: the current value wins; the backup only
 * adds keys this device lacks. Document state: a rename and a reading position are kept if this
 * device has them, else taken from the backup; the later `openedAt` wins. Nothing is deleted.
 */
export function mergeBackup(current: BackupData, incoming: BackupData): BackupData {
  return {
    settings: mergeRows(current.settings, incoming.settings, (r) => r.key, (c) => c),
    documentState: mergeRows(current.documentState, incoming.documentState, (r) => r.docId, (c, i) => ({
      docId: c.docId,
      customTitle: c.customTitle ?? i.customTitle,
      position: c.position ?? i.position,
      openedAt: c.openedAt === null || i.openedAt === null ? (c.openedAt ?? i.openedAt) : Math.max(c.openedAt, i.openedAt),
    })),
    highlights: mergeRows(current.highlights, incoming.highlights, (r) => r.id, newer),
    notes: mergeRows(current.notes, incoming.notes, (r) => r.id, newer),
  };
}

/** Row counts per table, for telling the user what a restore did. */
export function countRows(data: BackupData): Record<BackupTable, number> {
  return { settings: data.settings.length, documentState: data.documentState.length, highlights: data.highlights.length, notes: data.notes.length };
}
