/** Collections: the user's own groupings of documents; a document may be in several. */
import type { CollectionRow } from '../core/library/library-types';
import type { QiraaDb } from './db';

export async function createCollection(db: QiraaDb, name: string, now = Date.now()): Promise<CollectionRow> {
  const row = { id: `col-${crypto.randomUUID()}`, name: name.trim(), createdAt: now };
  await db.collections.add(row);
  return row;
}

export async function renameCollection(db: QiraaDb, id: string, name: string): Promise<void> {
  await db.collections.update(id, { name: name.trim() });
}

/** Deletes a collection; its documents stay in the library. */
export async function deleteCollection(db: QiraaDb, id: string): Promise<void> {
  await db.transaction('rw', db.collections, db.documents, async () => {
    await db.collections.delete(id);
    await db.documents.where('collectionIds').equals(id).modify((row) => {
      row.collectionIds = row.collectionIds.filter((c) => c !== id);
    });
  });
}

export async function setInCollection(db: QiraaDb, docIds: readonly string[], collectionId: string, member: boolean): Promise<void> {
  await db.documents.where('id').anyOf([...docIds]).modify((row) => {
    const without = row.collectionIds.filter((c) => c !== collectionId);
    row.collectionIds = member ? [...without, collectionId] : without;
  });
}
