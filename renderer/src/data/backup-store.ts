/**
 * Backup and restore of everything in the database, the imported library included. A restore is
 * validated completely before anything is written, then written in one transaction over every
 * table: all of it, or none.
 */
import { countRows, makeBackup, mergeBackup, parseBackup, toBackupJson, type Backup, type BackupData, type BackupTable } from '../core/export/backup-format';
import { productName, version } from '../../../package.json';
import { restorableRows } from '../core/export/restore-rows';
import { mergeReport, replaceReport, type RestoreReport } from '../core/export/restore-report';
import type { Message } from '../core/message';
import { inEnglish } from '../i18n/in-english';
import type { QiraaDb } from './db';

export const APP_INFO: Backup['app'] = { name: productName, version };

export type ImportMode = 'replace' | 'merge';

/** A backup that was refused; `reason` is its message for the user, `message` the same in English (for logs). */
export class BackupImportError extends Error {
  override name = 'BackupImportError';
  readonly reason: Message;
  constructor(reason: Message) {
    super(inEnglish(reason));
    this.reason = reason;
  }
}

function tablesOf(db: QiraaDb) {
  return [db.settings, db.documentState, db.highlights, db.notes, db.documents, db.documentBodies, db.originals, db.collections];
}

async function readAll(db: QiraaDb): Promise<BackupData> {
  const [settings, documentState, highlights, notes, documents, documentBodies, originals, collections] = await Promise.all([
    db.settings.toArray(),
    db.documentState.toArray(),
    db.highlights.toArray(),
    db.notes.toArray(),
    db.documents.toArray(),
    db.documentBodies.toArray(),
    db.originals.toArray(),
    db.collections.toArray(),
  ]);
  return { settings: settings as BackupData['settings'], documentState, highlights, notes, documents, documentBodies, originals, collections };
}

/** Everything in the database, as the versioned backup format (read in one consistent snapshot). */
export async function exportBackup(db: QiraaDb, exportedAt = new Date().toISOString(), app = APP_INFO): Promise<Backup> {
  const data = await db.transaction('r', tablesOf(db), () => readAll(db));
  return makeBackup(data, exportedAt, app);
}

/** The backup as the text of the file (original files' bytes in base64). */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(toBackupJson(backup), null, 1)}\n`;
}

/**
 * Restores a backup file's text. Throws a BackupImportError with a message for the user when the
 * file is not a valid backup; the database is then untouched. `replace` makes the database exactly
 * the backup; `merge` keeps what is here and adds or updates from the backup (see mergeBackup).
 * Times after `now` are restored as `now`, and unsafe links in notes as plain text (see
 * restorableRows). Returns the number of rows per table afterwards.
 */
export async function importBackup(db: QiraaDb, text: string, mode: ImportMode, now = Date.now()): Promise<Record<BackupTable, number>> {
  return (await restoreBackup(db, text, mode, now)).totals;
}

export interface RestoreOutcome {
  /** Rows per table afterwards. */
  totals: Record<BackupTable, number>;
  /** What the file brought, kind by kind: added, updated, already here. */
  report: RestoreReport;
}

/** importBackup, also saying what the file brought (for the message after a restore). */
export async function restoreBackup(db: QiraaDb, text: string, mode: ImportMode, now = Date.now()): Promise<RestoreOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new BackupImportError(parsed.message);
  const incoming = restorableRows(parsed.backup.data, now);
  return db.transaction('rw', tablesOf(db), async () => {
    const current = mode === 'merge' ? await readAll(db) : null;
    const result = current ? mergeBackup(current, incoming) : incoming;
    await Promise.all(tablesOf(db).map((table) => table.clear()));
    await db.settings.bulkPut(result.settings);
    await db.documentState.bulkPut(result.documentState);
    await db.highlights.bulkPut(result.highlights);
    await db.notes.bulkPut(result.notes);
    await db.documents.bulkPut(result.documents);
    await db.documentBodies.bulkPut(result.documentBodies);
    await db.originals.bulkPut(result.originals);
    await db.collections.bulkPut(result.collections);
    return { totals: countRows(result), report: current ? mergeReport(current, incoming, result) : replaceReport(incoming) };
  });
}
