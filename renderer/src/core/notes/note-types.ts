/**
 * A stored note: rich text as serialized Lexical editor state, plus what is derived from it
 * (plain text for search and previews, link targets for backlinks), all kept in one row.
 */
export interface NoteRow {
  id: string;
  title: string;
  /** The highlight this note is on (at most one note per highlight), or null for a free note. */
  highlightId: string | null;
  /** The document of that highlight, or of the passage a note was started from. */
  docId: string | null;
  /** Serialized Lexical editor state (JSON text). */
  content: string;
  plainText: string;
  linkedNoteIds: string[];
  linkedHighlightIds: string[];
  createdAt: number;
  modifiedAt: number;
}

/** Node types of the custom link nodes, shared by the Lexical nodes and the pure link model. */
export const NOTE_LINK_TYPE = 'note-link';
export const PASSAGE_LINK_TYPE = 'passage-link';

export interface SerializedNoteLink {
  type: typeof NOTE_LINK_TYPE;
  version: 1;
  noteId: string;
  /** The title when the link was made; shown only if the note is gone. */
  title: string;
}

export interface SerializedPassageLink {
  type: typeof PASSAGE_LINK_TYPE;
  version: 1;
  highlightId: string;
  docId: string;
  /** The quoted passage, kept so the link still reads when the highlight is orphaned or gone. */
  quote: string;
}
