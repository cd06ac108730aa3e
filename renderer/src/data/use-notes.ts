import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { notebookMatcher, type NotebookEntry } from '../core/notes/notebook';
import type { NoteRow } from '../core/notes/note-types';
import { db } from './db';
import { databaseLost, onDatabaseLost } from './note-store';

export interface NoteLinkSummary {
  id: string;
  title: string;
}

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

function summaries(rows: NoteRow[], exceptId?: string): NoteLinkSummary[] {
  return rows.filter((n) => n.id !== exceptId).map((n) => ({ id: n.id, title: n.title }));
}

/** The notes that link to a note (itself excluded), live. */
export function useNoteBacklinks(noteId: string): NoteLinkSummary[] | undefined {
  return useLiveQuery(async () => summaries(await db.notes.where('linkedNoteIds').equals(noteId).toArray(), noteId), [noteId]);
}

/** The notes that link to a highlight's passage, live. */
export function useHighlightBacklinks(highlightId: string): NoteLinkSummary[] | undefined {
  return useLiveQuery(async () => summaries(await db.notes.where('linkedHighlightIds').equals(highlightId).toArray()), [highlightId]);
}

/** Whether the database was deleted or closed under the app, when nothing more can be stored. */
export function useDatabaseLost(): boolean {
  return useSyncExternalStore(onDatabaseLost, databaseLost);
}
