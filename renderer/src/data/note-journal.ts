/**
 * A synchronous journal of note drafts in localStorage. IndexedDB writes are asynchronous and a
 * reload can cut one short, so every change is first written here (synchronously, so it survives
 * an immediate reload or crash) and removed once IndexedDB has it. At start-up, drafts left
 * behind are written to IndexedDB.
 */
import type { NoteRow } from '../core/notes/note-types';

const PREFIX = 'qiraa:note-draft:';

/** A draft and the stored content its editor started from (null: no row yet; undefined: journaled by an older build). */
export interface NoteDraft {
  row: NoteRow;
  base: string | null | undefined;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Notes a draft of which could not be journaled (too long for the quota), and who wants to know. */
const unjournaled = new Set<string>();
/** The shortest content of each note that did not fit: a draft as long is not tried again (writing megabytes to fail takes a while). */
const tooLong = new Map<string, number>();
const listeners = new Set<() => void>();

/**
 * Journals a draft; false when it cannot be (storage full: a note of millions of characters, or
 * no storage at all). IndexedDB is still written, but a reload or crash in the moment before it
 * is may lose the newest typing: the note is then listed by `journalCannotCover`.
 */
export function journalDraft(row: NoteRow, base: string | null): boolean {
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    if (row.content.length >= (tooLong.get(row.id) ?? Infinity)) throw new Error('too long for the journal');
    store.setItem(PREFIX + row.id, JSON.stringify({ row, base }));
    return true;
  } catch {
    tooLong.set(row.id, Math.min(row.content.length, tooLong.get(row.id) ?? Infinity));
    // An older draft left behind would be recovered over this newer text at the next start.
    try {
      store?.removeItem(PREFIX + row.id);
    } catch {
      // Nothing journaled for it, then.
    }
    if (!unjournaled.has(row.id)) {
      unjournaled.add(row.id);
      for (const listener of listeners) listener();
    }
    return false;
  }
}

/** Whether a draft of the note could not be journaled in this session (see journalDraft). */
export function journalCannotCover(id: string): boolean {
  return unjournaled.has(id);
}

/** Calls `listener` when a note first cannot be journaled; returns the unsubscribe (for useSyncExternalStore). */
export function subscribeJournal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets a draft once IndexedDB holds `content`, unless a different change has been journaled since. */
export function clearDraft(id: string, content: string): void {
  const store = storage();
  const raw = store?.getItem(PREFIX + id);
  if (!store || !raw) return;
  const draft = parseDraft(raw);
  if (!draft || draft.row.content === content) store.removeItem(PREFIX + id);
}

/** Drops any draft of a deleted note, so start-up recovery cannot bring the note back. */
export function forgetDraft(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

export function pendingDrafts(): NoteDraft[] {
  const store = storage();
  if (!store) return [];
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((key): key is string => key?.startsWith(PREFIX) ?? false);
  const drafts: NoteDraft[] = [];
  for (const key of keys) {
    const draft = parseDraft(store.getItem(key) ?? '');
    if (draft) drafts.push(draft);
    else store.removeItem(key);
  }
  return drafts;
}

function parseDraft(raw: string): NoteDraft | null {
  try {
    const parsed = JSON.parse(raw) as Partial<NoteDraft> & Partial<NoteRow>;
    if (parsed.row && typeof parsed.row.content === 'string') return { row: parsed.row, base: parsed.base };
    // Older builds journaled the bare row.
    if (typeof parsed.id === 'string' && typeof parsed.content === 'string') return { row: parsed as NoteRow, base: undefined };
    return null;
  } catch {
    return null;
  }
}
