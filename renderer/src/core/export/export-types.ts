/** What the exporters take: plain data, gathered from the database and the corpus by the caller. */
import type { CorpusDocument } from '../corpus/corpus-types';
import type { Highlight } from '../highlights/highlight-types';
import type { AnchoredHighlight } from '../highlights/resolve-highlights';

/**
 * A note as the exporters see it: its content already converted to Markdown by the notes code.
 * Links inside `markdown` use `noteLinkMarkdown` / `passageLinkMarkdown` (see note-link-markdown.ts),
 * which the exporters rewrite into wikilinks and passage links.
 */
export interface ExportNote {
  id: string;
  title: string;
  highlightId: string | null;
  docId: string | null;
  markdown: string;
  createdAt: number;
  modifiedAt: number;
}

/** One document with its highlights anchored in the current text. */
export interface ExportDocument {
  document: CorpusDocument;
  /** The user's rename, or the corpus title. */
  title: string;
  /** In reading order. */
  anchored: AnchoredHighlight[];
  orphans: Highlight[];
}

export interface NotebookExportInput {
  /** Documents that have highlights or notes, in library order. */
  documents: ExportDocument[];
  /** Every note: notes on highlights and free-standing ones. */
  notes: ExportNote[];
  /** ISO 8601. */
  exportedAt: string;
}

export interface ExportFile {
  name: string;
  content: string;
}
