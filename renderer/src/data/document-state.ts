import { useLiveQuery } from 'dexie-react-hooks';
import { db, type DocumentStateRow, type ReadingPosition } from './db';

const LAST_DOCUMENT_KEY = 'lastDocumentId';

function emptyState(docId: string): DocumentStateRow {
  return { docId, customTitle: null, position: null, openedAt: null };
}

async function updateDocumentState(docId: string, change: Partial<Omit<DocumentStateRow, 'docId'>>): Promise<void> {
  await db.transaction('rw', db.documentState, async () => {
    const current = (await db.documentState.get(docId)) ?? emptyState(docId);
    await db.documentState.put({ ...current, ...change, docId });
  });
}

/** Stores a rename; an empty or unchanged title goes back to the corpus title. */
export function renameDocument(docId: string, title: string, originalTitle: string): Promise<void> {
  const trimmed = title.trim();
  return updateDocumentState(docId, { customTitle: trimmed === '' || trimmed === originalTitle ? null : trimmed });
}

export function saveReadingPosition(docId: string, position: ReadingPosition): Promise<void> {
  return updateDocumentState(docId, { position });
}

export async function markOpened(docId: string): Promise<void> {
  await updateDocumentState(docId, { openedAt: Date.now() });
  await db.settings.put({ key: LAST_DOCUMENT_KEY, value: docId });
}

export async function lastOpenedDocumentId(): Promise<string | null> {
  const row = await db.settings.get(LAST_DOCUMENT_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

/** Every document's user state, keyed by document id; undefined while loading. */
export function useDocumentStates(): Map<string, DocumentStateRow> | undefined {
  return useLiveQuery(async () => new Map((await db.documentState.toArray()).map((row) => [row.docId, row])), []);
}
