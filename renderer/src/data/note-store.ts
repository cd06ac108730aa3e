/**
 * Every change to notes goes through here. Content saves are upserts that never go back in
 * time (an older draft cannot overwrite a newer row) and never touch the title, which is renamed
 * on its own.
 */
import { appendPassageLink, derivedFields } from '../core/notes/note-content';
import type { NoteRow } from '../core/notes/note-types';
import { db } from './db';
import { clearDraft, forgetDraft, journalDraft, pendingDrafts } from './note-journal';

export interface NoteIdentity {
  id: string;
  title: string;
  highlightId: string | null;
  docId: string | null;
}

/** A full row for `content`, as the editor saves it. */
export function noteRow(identity: NoteIdentity, content: string, now = Date.now(), createdAt = now): NoteRow {
  return { ...identity, content, ...derivedFields(content), createdAt, modifiedAt: now };
}

async function upsert(row: NoteRow): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(row.id);
    if (current && current.modifiedAt > row.modifiedAt) return;
    await db.notes.put(current ? { ...row, title: current.title, createdAt: current.createdAt } : row);
  });
}

/** Stores a note's content: journaled synchronously first, then written to IndexedDB. */
export async function saveNote(row: NoteRow): Promise<void> {
  journalDraft(row);
  await upsert(row);
  clearDraft(row.id, row.modifiedAt);
}

/** Writes drafts a reload or crash left in the journal. Run once at start-up. */
export async function recoverDrafts(): Promise<void> {
  for (const row of pendingDrafts()) {
    await upsert(row);
    clearDraft(row.id, row.modifiedAt);
  }
}

export async function createNote(identity: Omit<NoteIdentity, 'id'>, content: string, id: string = crypto.randomUUID()): Promise<NoteRow> {
  const row = noteRow({ ...identity, id }, content);
  await db.notes.add(row);
  return row;
}

export async function renameNote(id: string, title: string): Promise<void> {
  await db.notes.update(id, { title, modifiedAt: Date.now() });
}

export async function deleteNote(id: string): Promise<void> {
  forgetDraft(id);
  await db.notes.delete(id);
}

/** How many other notes link to a note. */
export async function countLinksTo(noteId: string): Promise<number> {
  return db.notes.where('linkedNoteIds').equals(noteId).filter((n) => n.id !== noteId).count();
}

export async function noteOnHighlight(highlightId: string): Promise<NoteRow | undefined> {
  return db.notes.where('highlightId').equals(highlightId).first();
}

/** Adds a link to a passage at the end of a note. */
export async function linkPassageInNote(noteId: string, passage: { highlightId: string; docId: string; quote: string }): Promise<void> {
  const note = await db.notes.get(noteId);
  if (note) await saveNote(noteRow(note, appendPassageLink(note.content, passage), Date.now(), note.createdAt));
}
