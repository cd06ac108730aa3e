/**
 * What a restore did, kind by kind, from the file's point of view: how many of the backup's rows
 * were added, how many replaced a row here (the backup's was newer), and how many were left as they
 * were (this device's row won, or was the same). Pure; the message for the user is built here too.
 */
import type { BackupData } from './backup-format';

/** The kinds a user knows, with the key that identifies a row of each. */
const KINDS = {
  documents: { key: (row: BackupData['documents'][number]) => row.id, one: 'document', many: 'documents' },
  highlights: { key: (row: BackupData['highlights'][number]) => row.id, one: 'highlight', many: 'highlights' },
  notes: { key: (row: BackupData['notes'][number]) => row.id, one: 'note', many: 'notes' },
  collections: { key: (row: BackupData['collections'][number]) => row.id, one: 'collection', many: 'collections' },
  documentState: { key: (row: BackupData['documentState'][number]) => row.docId, one: 'document’s reading state', many: 'documents’ reading states' },
  settings: { key: (row: BackupData['settings'][number]) => row.key, one: 'setting', many: 'settings' },
} as const;

export type ReportedKind = keyof typeof KINDS;
export const REPORTED_KINDS = Object.keys(KINDS) as ReportedKind[];

export interface KindChange {
  /** Rows in the file. */
  inFile: number;
  added: number;
  updated: number;
  /** Rows of the file already here, kept as they were. */
  kept: number;
}

export type RestoreReport = Record<ReportedKind, KindChange>;

function changeOf<T>(current: readonly T[], incoming: readonly T[], result: readonly T[], key: (row: T) => string): KindChange {
  const here = new Map(current.map((row) => [key(row), row]));
  const after = new Map(result.map((row) => [key(row), row]));
  let added = 0;
  let updated = 0;
  for (const row of incoming) {
    const before = here.get(key(row));
    if (before === undefined) added += 1;
    else if (after.get(key(row)) !== before && JSON.stringify(after.get(key(row))) !== JSON.stringify(before)) updated += 1;
  }
  return { inFile: incoming.length, added, updated, kept: incoming.length - added - updated };
}

/** Compares the rows here before a merge, the file's rows, and the merged result. */
export function mergeReport(current: BackupData, incoming: BackupData, result: BackupData): RestoreReport {
  const change = <K extends ReportedKind>(kind: K) =>
    changeOf(current[kind] as readonly unknown[], incoming[kind] as readonly unknown[], result[kind] as readonly unknown[], KINDS[kind].key as (row: unknown) => string);
  return Object.fromEntries(REPORTED_KINDS.map((kind) => [kind, change(kind)])) as RestoreReport;
}

/** A replace: everything in the file is what is here now. */
export function replaceReport(incoming: BackupData): RestoreReport {
  return Object.fromEntries(REPORTED_KINDS.map((kind) => [kind, { inFile: incoming[kind].length, added: incoming[kind].length, updated: 0, kept: 0 }])) as RestoreReport;
}

const count = (n: number, kind: ReportedKind) => `${n} ${n === 1 ? KINDS[kind].one : KINDS[kind].many}`;

/** "Restored x.json: 3 highlights added, 1 updated, 2 already here; …" — kinds the file does not hold are left out. */
export function describeRestore(fileName: string, mode: 'merge' | 'replace', report: RestoreReport): string {
  const parts = REPORTED_KINDS.filter((kind) => report[kind].inFile > 0).map((kind) => {
    const { inFile, added, updated, kept } = report[kind];
    if (mode === 'replace') return count(inFile, kind);
    const details = [added > 0 && `${added} added`, updated > 0 && `${updated} updated`, kept > 0 && `${kept} already here`].filter(Boolean).join(', ');
    return `${count(inFile, kind)} (${details})`;
  });
  if (parts.length === 0) return `Restored ${fileName}: the file holds nothing to restore.`;
  return mode === 'replace' ? `Restored ${fileName}, replacing what was here: ${parts.join('; ')}.` : `Restored ${fileName} into what was here: ${parts.join('; ')}.`;
}
