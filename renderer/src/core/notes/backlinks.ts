/**
 * What links to a highlight and its note, counted one way everywhere (the highlight's details, its
 * note in the notebook): every other note that quotes the passage (a passage link to the highlight)
 * or links to the highlight's own note (a [[note link]]), each note once, saying how it links.
 */
import type { NoteRow } from './note-types';

export type LinkKind = 'passage' | 'note';

export interface Backlink {
  id: string;
  title: string;
  /** How the note links here: quoting the passage, linking to the note, or both. */
  via: LinkKind[];
}

/**
 * The notes among `quoting` (passage links to the highlight) and `linking` (links to the note
 * `ownNoteId`), each once, the note itself left out; by title, then id.
 */
export function mergeBacklinks(quoting: readonly Pick<NoteRow, 'id' | 'title'>[], linking: readonly Pick<NoteRow, 'id' | 'title'>[], ownNoteId: string | null): Backlink[] {
  const byId = new Map<string, Backlink>();
  const add = (note: Pick<NoteRow, 'id' | 'title'>, kind: LinkKind) => {
    if (note.id === ownNoteId) return;
    const entry = byId.get(note.id) ?? { id: note.id, title: note.title, via: [] };
    if (!entry.via.includes(kind)) entry.via.push(kind);
    byId.set(note.id, entry);
  };
  for (const note of quoting) add(note, 'passage');
  for (const note of linking) add(note, 'note');
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
