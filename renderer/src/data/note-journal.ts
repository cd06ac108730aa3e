/**
 * A synchronous journal of note drafts in localStorage. IndexedDB writes are asynchronous and a
 * reload can cut one short, so every change is first written here (synchronously, so it survives
 * an immediate reload or crash) and removed once IndexedDB has it. At start-up, drafts left
 * behind are written to IndexedDB.
 */
import type { NoteRow } from '../core/notes/note-types';

const PREFIX = 'qiraa:note-draft:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function journalDraft(row: NoteRow): void {
  try {
    storage()?.setItem(PREFIX + row.id, JSON.stringify(row));
  } catch {
    // Quota or privacy mode: IndexedDB is still written, only the reload guarantee is weaker.
  }
}

/** Forgets a draft once IndexedDB holds it, unless a newer change has been journaled since. */
export function clearDraft(id: string, modifiedAt: number): void {
  const store = storage();
  const raw = store?.getItem(PREFIX + id);
  if (!store || !raw) return;
  try {
    if ((JSON.parse(raw) as NoteRow).modifiedAt <= modifiedAt) store.removeItem(PREFIX + id);
  } catch {
    store.removeItem(PREFIX + id);
  }
}

/** Drops any draft of a deleted note, so start-up recovery cannot bring the note back. */
export function forgetDraft(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

export function pendingDrafts(): NoteRow[] {
  const store = storage();
  if (!store) return [];
  const rows: NoteRow[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      rows.push(JSON.parse(store.getItem(key) ?? '') as NoteRow);
    } catch {
      // A damaged draft is dropped below.
    }
  }
  return rows;
}
