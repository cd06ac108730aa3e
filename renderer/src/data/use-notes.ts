import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { mergeBacklinks, type Backlink } from '../core/notes/backlinks';
import { notebookMatcher, type NotebookEntry } from '../core/notes/notebook';
import type { NoteRow } from '../core/notes/note-types';
import { db } from './db';
import { databaseLost, onDatabaseLost } from './note-store';

export interface NotebookPage {
  /** The newest matching entries, at most `limit`, without their content. */
  entries: NotebookEntry[];
  /** How many notes there are in all. */
  total: number;
  /** Whether more entries match than are listed. */
  more: boolean;
}

/**
 * One page of the notebook, newest edit first, filtered by `query`; live, undefined while
 * loading. Reads only as many rows as it lists (walking the modifiedAt index), so a notebook of
 * thousands of notes opens at once and typing in a note does not reread them all.
 */
export function useNotebookPage(query: string, limit: number): NotebookPage | undefined {
  return useLiveQuery(async () => {
    const matches = notebookMatcher(query);
    const newest = db.notes.orderBy('modifiedAt').reverse();
    const rows = await (matches ? newest.filter(matches) : newest).limit(limit + 1).toArray();
    const entries = rows.slice(0, limit).map(({ id, title, plainText, highlightId, modifiedAt }) => ({ id, title, plainText, highlightId, modifiedAt }));
    return { entries, total: await db.notes.count(), more: rows.length > limit };
  }, [query, limit]);
}

/** One note, live; null when it does not exist, undefined while loading. */
export function useNote(id: string | null): NoteRow | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await db.notes.get(id)) ?? null)), [id]);
}

/** The note on a highlight, live; null when it has none, undefined while loading. */
export function useNoteOnHighlight(highlightId: string): NoteRow | null | undefined {
  return useLiveQuery(async () => (await db.notes.where('highlightId').equals(highlightId).first()) ?? null, [highlightId]);
}

/** Ids of the highlights of one document that have a note on them. */
export function useNotedHighlightIds(docId: string): ReadonlySet<string> {
  return (
    useLiveQuery(async () => {
      const rows = await db.notes.where('docId').equals(docId).toArray();
      return new Set(rows.flatMap((n) => (n.highlightId ? [n.highlightId] : [])));
    }, [docId]) ?? EMPTY
  );
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * The notes linking to a note and to the passage of its highlight, live (see mergeBacklinks): the
 * same list, counted the same way, for a highlight's details and its note in the notebook.
 */
export function useBacklinks(noteId: string | null, highlightId: string | null): Backlink[] | undefined {
  return useLiveQuery(async () => {
    const [quoting, linking] = await Promise.all([
      highlightId === null ? [] : db.notes.where('linkedHighlightIds').equals(highlightId).toArray(),
      noteId === null ? [] : db.notes.where('linkedNoteIds').equals(noteId).toArray(),
    ]);
    return mergeBacklinks(quoting, linking, noteId);
  }, [noteId, highlightId]);
}

/** Whether the database was deleted or closed under the app, when nothing more can be stored. */
export function useDatabaseLost(): boolean {
  return useSyncExternalStore(onDatabaseLost, databaseLost);
}
