/**
 * Deleting imported documents, undoably. The user chooses what happens to their highlights and
 * notes: kept (notes on the document's highlights become free notes that still quote their
 * passage; highlights stay stored, so importing the same file again brings them back) or deleted
 * with the document. Undo writes back exactly the rows the delete took or changed.
 */
import { appendPassageLink, derivedFields } from '../core/notes/note-content';
import type { Highlight } from '../core/highlights/highlight-types';
import type { NoteRow } from '../core/notes/note-types';
import type { DocumentBodyRow, LibraryDocumentRow, OriginalFileRow } from '../core/library/library-types';
import type { DocumentStateRow, QiraaDb } from './db';

export type AnnotationFate = 'keep' | 'delete';

/** Everything a delete removed or changed, as it was before: undoing writes it back. */
export interface DeletedDocuments {
  docIds: string[];
  documents: LibraryDocumentRow[];
  bodies: DocumentBodyRow[];
  originals: OriginalFileRow[];
  states: DocumentStateRow[];
  highlights: Highlight[];
  notes: NoteRow[];
}

function tables(db: QiraaDb) {
  return [db.documents, db.documentBodies, db.originals, db.documentState, db.highlights, db.notes];
}

/** A note on a deleted highlight, made free, with a passage link that keeps the quoted text in it. */
function freed(note: NoteRow, highlight: Highlight | undefined, now: number): NoteRow {
  if (!highlight) return { ...note, highlightId: null, docId: null, modifiedAt: now };
  const alreadyQuotes = note.linkedHighlightIds.includes(highlight.id);
  const content = alreadyQuotes ? note.content : appendPassageLink(note.content, { highlightId: highlight.id, docId: highlight.docId, quote: highlight.selectors.quote.exact });
  return { ...note, content, ...derivedFields(content), highlightId: null, docId: null, modifiedAt: now };
}

/** Deletes imported documents (bundled ones are never deleted) and returns what undo needs. */
export async function deleteDocuments(db: QiraaDb, docIds: readonly string[], fate: AnnotationFate, now = Date.now()): Promise<DeletedDocuments> {
  return db.transaction('rw', tables(db), async () => {
    const documents = (await db.documents.bulkGet([...docIds])).filter((row): row is LibraryDocumentRow => row !== undefined);
    const ids = documents.map((row) => row.id);
    const [bodies, originals, states, highlights, notes] = await Promise.all([
      db.documentBodies.bulkGet(ids),
      db.originals.bulkGet(ids),
      db.documentState.bulkGet(ids),
      db.highlights.where('docId').anyOf(ids).toArray(),
      db.notes.where('docId').anyOf(ids).toArray(),
    ]);
    const snapshot: DeletedDocuments = {
      docIds: ids,
      documents,
      bodies: bodies.filter((row): row is DocumentBodyRow => row !== undefined),
      originals: originals.filter((row): row is OriginalFileRow => row !== undefined),
      states: states.filter((row): row is DocumentStateRow => row !== undefined),
      highlights,
      notes,
    };
    await Promise.all([db.documents.bulkDelete(ids), db.documentBodies.bulkDelete(ids), db.originals.bulkDelete(ids), db.documentState.bulkDelete(ids)]);
    if (fate === 'delete') {
      await db.highlights.bulkDelete(highlights.map((h) => h.id));
      await db.notes.bulkDelete(notes.filter((n) => n.highlightId !== null).map((n) => n.id));
      // Notes started from a passage of the document but not on a highlight are the user's own writing: they stay, free.
      await db.notes.bulkPut(notes.filter((n) => n.highlightId === null).map((n) => ({ ...n, docId: null, modifiedAt: now })));
    } else {
      const byId = new Map(highlights.map((h) => [h.id, h]));
      await db.notes.bulkPut(notes.map((n) => (n.highlightId === null ? { ...n, docId: null, modifiedAt: now } : freed(n, byId.get(n.highlightId), now))));
    }
    return snapshot;
  });
}

/** Undoes a delete: every row goes back as it was. */
export async function restoreDeletedDocuments(db: QiraaDb, deleted: DeletedDocuments): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.documents.bulkPut(deleted.documents);
    await db.documentBodies.bulkPut(deleted.bodies);
    await db.originals.bulkPut(deleted.originals);
    await db.documentState.bulkPut(deleted.states);
    await db.highlights.bulkPut(deleted.highlights);
    await db.notes.bulkPut(deleted.notes);
  });
}
