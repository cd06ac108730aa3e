/**
 * Writes to the user's library: storing imported files (recognising the same bytes and new
 * versions of documents already here), replacing a document's text with a new version, and
 * reading a document back. Runs in the window and in the import worker alike: every function
 * takes the database it works on.
 */
import type { CorpusDocument } from '../core/corpus/corpus-types';
import type { ImportedFile } from '../core/import/import-types';
import { importedDocumentId, toCorpusDocument, toStoredDocument } from '../core/library/library-document';
import type { LibraryDocumentRow, OriginalFileRow } from '../core/library/library-types';
import type { QiraaDb } from './db';

export interface ImportItem {
  file: ImportedFile;
  bytes: Uint8Array;
}

/** What became of one imported file. */
export type StoreOutcome =
  | { kind: 'added'; docId: string }
  /** The same bytes are already in the library. */
  | { kind: 'duplicate'; docId: string; title: string }
  /** A document with the same URL (or, without URLs, the same file name) holds other text: the user decides. */
  | { kind: 'new-version'; docId: string; title: string };

function sameSource(row: LibraryDocumentRow, file: ImportedFile): boolean {
  const url = file.document.url;
  if (url !== null && row.url !== null) return url === row.url;
  return row.fileName === file.fileName;
}

async function findNewVersionOf(db: QiraaDb, file: ImportedFile): Promise<LibraryDocumentRow | undefined> {
  const candidates = file.document.url ? await db.documents.where('url').equals(file.document.url).toArray() : [];
  if (candidates.length === 0) candidates.push(...(await db.documents.where('fileName').equals(file.fileName).toArray()));
  return candidates.find((row) => sameSource(row, file));
}

/**
 * Stores a batch of imported files in one transaction. Files whose bytes are already stored, or
 * that look like a new version of a stored document, are not stored: the outcome says which.
 * With `newVersions: 'add'` (the user chose to keep both) the latter are stored as documents of their own.
 */
export async function storeImportedBatch(
  db: QiraaDb,
  items: readonly ImportItem[],
  addedAt: number,
  collectionIds: string[] = [],
  options: { newVersions: 'hold' | 'add' } = { newVersions: 'hold' },
): Promise<StoreOutcome[]> {
  return db.transaction('rw', [db.documents, db.documentBodies, db.originals], async () => {
    const outcomes: StoreOutcome[] = [];
    for (const { file, bytes } of items) {
      const duplicate = await db.documents.where('contentHash').equals(file.contentHash).first();
      if (duplicate) {
        outcomes.push({ kind: 'duplicate', docId: duplicate.id, title: duplicate.title });
        continue;
      }
      const older = options.newVersions === 'hold' ? await findNewVersionOf(db, file) : undefined;
      if (older) {
        outcomes.push({ kind: 'new-version', docId: older.id, title: older.title });
        continue;
      }
      const id = importedDocumentId(file.contentHash);
      const { row, body } = toStoredDocument(file, id, addedAt, collectionIds);
      await db.documents.add(row);
      await db.documentBodies.add(body);
      await db.originals.add({ docId: id, fileName: file.fileName, bytes });
      outcomes.push({ kind: 'added', docId: id });
    }
    return outcomes;
  });
}

/**
 * Replaces a stored document's text with a new version of it. The id stays, so highlights,
 * notes and the reading position stay attached; highlights re-anchor in the new text when the
 * document is shown, and those that cannot are listed as not found, never deleted.
 *
 * @returns false, storing nothing, when the document was deleted meanwhile (the caller keeps the
 *   new version as a document of its own, so nothing the user chose to import is lost).
 */
export async function replaceDocumentText(db: QiraaDb, docId: string, item: ImportItem): Promise<boolean> {
  return db.transaction('rw', [db.documents, db.documentBodies, db.originals], async () => {
    const current = await db.documents.get(docId);
    if (!current) return false;
    const { row, body } = toStoredDocument(item.file, docId, current.addedAt, current.collectionIds);
    await db.documents.put(row);
    await db.documentBodies.put(body);
    await db.originals.put({ docId, fileName: item.file.fileName, bytes: item.bytes });
    return true;
  });
}

/** An imported document as the reader shows it, or null when it is not (or no longer) stored. */
export async function loadImportedDocument(db: QiraaDb, docId: string): Promise<CorpusDocument | null> {
  const [row, body] = await db.transaction('r', [db.documents, db.documentBodies], () => Promise.all([db.documents.get(docId), db.documentBodies.get(docId)]));
  return row && body ? toCorpusDocument(row, body) : null;
}

/** The file exactly as it was imported. */
export async function readOriginal(db: QiraaDb, docId: string): Promise<OriginalFileRow | undefined> {
  return db.originals.get(docId);
}
