/**
 * The notebook list: notes sorted by last edit and filtered by a query that ignores Arabic
 * diacritics, letter variants and case (the normalisation the anchoring uses).
 */
import { normalizeArabic } from '../arabic/normalize-arabic';
import type { NoteRow } from './note-types';

export type NotebookEntry = Pick<NoteRow, 'id' | 'title' | 'plainText' | 'highlightId' | 'modifiedAt'>;

function searchable(text: string): string {
  return normalizeArabic(text).text;
}

/** A test for entries whose title or text contains every word of `query`; null when the query is empty. */
export function notebookMatcher(query: string): ((entry: Pick<NotebookEntry, 'title' | 'plainText'>) => boolean) | null {
  const words = searchable(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  return (entry) => {
    const haystack = searchable(`${entry.title}\n${entry.plainText}`);
    return words.every((word) => haystack.includes(word));
  };
}

/** Entries that match `query`, most recently edited first. */
export function filterNotebook<T extends NotebookEntry>(entries: readonly T[], query: string): T[] {
  const matches = notebookMatcher(query);
  return (matches ? entries.filter(matches) : [...entries]).sort((a, b) => b.modifiedAt - a.modifiedAt);
}

/** The first words of a note's text for the list, without the title repeated. */
export function previewOf(entry: NotebookEntry, maxLength = 120): string {
  // Only the start is needed (a note can hold millions of characters): enough for the title and
  // the preview even when most of it is whitespace that collapses.
  const text = entry.plainText
    .slice(0, (entry.title.length + maxLength) * 8)
    .replace(/\s+/g, ' ')
    .trim();
  const body = text.startsWith(entry.title) ? text.slice(entry.title.length).trim() : text;
  return body.length > maxLength ? `${body.slice(0, maxLength)}…` : body;
}

/** Titles that start with the query come first, then those containing it; for the [[ typeahead. */
export function matchTitles<T extends Pick<NoteRow, 'id' | 'title'>>(notes: readonly T[], query: string, limit = 8): T[] {
  const wanted = searchable(query);
  const scored = notes.flatMap((note) => {
    const title = searchable(note.title);
    const at = title.indexOf(wanted);
    return at === -1 ? [] : [{ note, rank: at === 0 ? 0 : 1 }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.note.title.localeCompare(b.note.title)).slice(0, limit).map((s) => s.note);
}

/** Whether some note already has exactly this title (after normalisation). */
export function hasTitle(notes: readonly Pick<NoteRow, 'title'>[], title: string): boolean {
  const wanted = searchable(title.trim());
  return notes.some((note) => searchable(note.title.trim()) === wanted);
}

/**
 * `title`, or `title (2)`, `(3)`… when some note already has it (after normalisation), so two
 * notes started from one passage can be told apart. An empty title stays empty (untitled).
 */
export function distinctTitle(title: string, taken: readonly string[]): string {
  const wanted = title.trim();
  if (wanted === '') return title;
  const used = new Set(taken.map((t) => searchable(t.trim())));
  if (!used.has(searchable(wanted))) return wanted;
  for (let n = 2; ; n++) {
    const numbered = `${wanted} (${n})`;
    if (!used.has(searchable(numbered))) return numbered;
  }
}
