/**
 * Every change to notes goes through here. A content save says which stored content its editor
 * started from (its base), and conflicts are decided by that, never by the clock: a clock that
 * ran ahead on another machine must not make a note read-only. When the stored content is no
 * longer the base, another window changed the note too; its version is kept as a conflict copy
 * and the saving editor's text goes into the note. Saves never touch the title, which is renamed
 * on its own.
 */
import Dexie from 'dexie';
import { appendPassageLink, derivedFields, plainTextOf, retitleNoteLinks, titleFromText, type TitleOf } from '../core/notes/note-content';
import { distinctTitle } from '../core/notes/notebook';
import type { NoteRow } from '../core/notes/note-types';
import { db } from './db';
import { clearDraft, forgetDraft, journalDraft, pendingDrafts } from './note-journal';

export interface NoteIdentity {
  id: string;
  title: string;
  highlightId: string | null;
  docId: string | null;
}

/** What a save did: stored the note, or stored it after keeping another window's version as `copy`. */
export type SaveOutcome = { kind: 'saved' } | { kind: 'conflict'; copy: NoteRow };

/** A full row for `content`, as the editor saves it. */
export function noteRow(identity: NoteIdentity, content: string, now = Date.now(), createdAt = now): NoteRow {
  return { ...identity, content, ...derivedFields(content), createdAt, modifiedAt: now };
}

// The database can go away under the running app: deleted from another tab or the developer
// tools, or its site data cleared. Dexie would quietly reopen an empty database on the next write
// and store a note without its title, so the connection is closed for good instead: every write
// then fails (the journal keeps the drafts) and the user is told.
let lost = false;
const lostListeners = new Set<() => void>();

function markLost(): void {
  if (lost) return;
  lost = true;
  db.close({ disableAutoOpen: true });
  for (const listener of lostListeners) listener();
}

db.on('versionchange', (event) => {
  if (!event.newVersion) markLost();
});
db.on('ready', () => db.backendDB().addEventListener('close', markLost), true);

/** Whether the database was deleted or closed under the app. */
export function databaseLost(): boolean {
  return lost;
}

export function onDatabaseLost(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The title of the copy that keeps another window's version of a note. */
export function conflictCopyTitle(title: string, at: number): string {
  return `${title || 'Untitled note'} (other window’s version, ${TIME.format(at)})`;
}

/** Refuses every write once the database is gone: Dexie would show it optimistically, then take it back. */
function assertWritable(): void {
  if (lost) throw new Dexie.DatabaseClosedError('The database was deleted or cleared while the app was open.');
}

/** A title for a new note that no stored note has (numbered when taken); run inside a transaction on notes. */
async function newTitle(title: string): Promise<string> {
  if (title.trim() === '') return title;
  const taken: string[] = [];
  await db.notes.each((note) => void taken.push(note.title));
  return distinctTitle(title, taken);
}

/** The current titles of the notes `ids`, read inside a transaction on notes (undefined: deleted). */
async function titlesOf(ids: readonly string[]): Promise<TitleOf> {
  if (ids.length === 0) return () => undefined;
  const rows = await db.notes.bulkGet([...ids]);
  const titles = new Map(rows.flatMap((note) => (note ? [[note.id, note.title] as const] : [])));
  return (id) => titles.get(id);
}

/**
 * A note's plain text (previews, the notebook filter) reads its links as the linked notes' current
 * titles, so it is derived with them when the note is stored and again when one of them is renamed.
 */
async function withCurrentTitles(row: NoteRow): Promise<NoteRow> {
  return row.linkedNoteIds.length === 0 ? row : { ...row, plainText: plainTextOf(row.content, await titlesOf(row.linkedNoteIds)) };
}

/** Derives again the plain text of the notes linking to `noteId`, after it was renamed or deleted; their content and time stay. */
async function refreshLinkingNotes(noteId: string, retitle?: string): Promise<void> {
  const linking = await db.notes.where('linkedNoteIds').equals(noteId).toArray();
  for (const note of linking) {
    const content = retitle === undefined ? note.content : retitleNoteLinks(note.content, noteId, retitle);
    const plainText = plainTextOf(content, await titlesOf(note.linkedNoteIds));
    if (content !== note.content || plainText !== note.plainText) await db.notes.update(note.id, { content, plainText });
  }
}

/** `base` undefined (a draft from an older build) writes without checking. */
async function upsert(saved: NoteRow, base: string | null | undefined, copyId: string = crypto.randomUUID()): Promise<SaveOutcome> {
  assertWritable();
  return db.transaction('rw', db.notes, async () => {
    const row = await withCurrentTitles(saved);
    const current = await db.notes.get(row.id);
    if (!current) {
      // A new note, or one deleted under an editor still typing in it: the typing is written back.
      await db.notes.add({ ...row, title: await newTitle(row.title || titleFromText(row.plainText)) });
      return { kind: 'saved' };
    }
    const kept = { ...row, title: current.title, createdAt: current.createdAt };
    if (base === undefined || current.content === base || current.content === row.content) {
      await db.notes.put(kept);
      return { kind: 'saved' };
    }
    const now = Date.now();
    const previous = await db.notes.get(copyId);
    // A note on a highlight is the only one on it, so the copy is a free note.
    const copy: NoteRow = { ...current, id: copyId, title: conflictCopyTitle(current.title, now), highlightId: null, createdAt: previous?.createdAt ?? now, modifiedAt: now };
    await db.notes.put(copy);
    await db.notes.put(kept);
    return { kind: 'conflict', copy };
  });
}

/**
 * Stores a note's content, given the stored content its editor started from (null for a note
 * not stored yet): journaled synchronously first, then written to IndexedDB. On a conflict the
 * other version is kept in the note `copyId` (an editor passes the same id every time, so two
 * windows typing at once keep one copy each, the newest version, rather than one per keystroke).
 */
export async function saveNote(row: NoteRow, base: string | null, copyId?: string): Promise<SaveOutcome> {
  journalDraft(row, base);
  const outcome = await upsert(row, base, copyId);
  clearDraft(row.id, row.content);
  return outcome;
}

/** A note's stored content as it is now (null: no row), read afresh rather than from a live query. */
export async function readNoteContent(id: string): Promise<string | null> {
  return (await db.notes.get(id))?.content ?? null;
}

/** Writes drafts a reload or crash left in the journal. Run once at start-up. */
export async function recoverDrafts(): Promise<void> {
  for (const { row, base } of pendingDrafts()) {
    await upsert(row, base);
    clearDraft(row.id, row.content);
  }
}

/** Stores a new note; a title some note already has is numbered, so the two can be told apart. */
export async function createNote(identity: Omit<NoteIdentity, 'id'>, content: string, id: string = crypto.randomUUID()): Promise<NoteRow> {
  assertWritable();
  return db.transaction('rw', db.notes, async () => {
    const row = await withCurrentTitles(noteRow({ ...identity, id, title: await newTitle(identity.title) }, content));
    await db.notes.add(row);
    return row;
  });
}

/** Renames a note; the notes linking to it read the new title in their previews and the notebook filter. */
export async function renameNote(id: string, title: string): Promise<void> {
  assertWritable();
  await db.transaction('rw', db.notes, async () => {
    await db.notes.update(id, { title, modifiedAt: Date.now() });
    await refreshLinkingNotes(id);
  });
}

/** Deletes a note; the links to it keep the name it had last, shown as a link to a deleted note. */
export async function deleteNote(id: string): Promise<void> {
  assertWritable();
  forgetDraft(id);
  await db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    await db.notes.delete(id);
    if (note) await refreshLinkingNotes(id, note.title);
  });
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
  if (note) await saveNote(noteRow(note, appendPassageLink(note.content, passage), Date.now(), note.createdAt), note.content);
}

