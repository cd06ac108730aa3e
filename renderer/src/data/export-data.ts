/**
 * Gathers what the exporters need from the database and the parsed corpus. Long work (converting
 * notes, anchoring highlights) runs in chunks with a yield to the event loop between them, so the
 * UI stays responsive, and reports progress as it goes.
 */
import type { CorpusDocument } from '../core/corpus/corpus-types';
import type { ExportNote, NotebookExportInput } from '../core/export/export-types';
import { lexicalJsonToMarkdown } from '../core/export/lexical-json-markdown';
import { currentNoteLinkTitles } from '../core/export/note-link-markdown';
import { escapeMarkdownParagraphs } from '../core/export/markdown-escape';
import { missingDocument, prepareDocument } from '../core/export/prepare-document';
import type { Highlight } from '../core/highlights/highlight-types';
import type { NoteRow } from '../core/notes/note-types';
import type { QiraaDb } from './db';
import { loadImportedDocument } from './library-store';
import { yieldToUi } from '../platform/yield-to-ui';

export type Progress = (done: number, total: number) => void;

export interface GatherOptions {
  /** Lexical → Markdown for one note; `noteMarkdown` (reading the serialized state) by default. */
  noteToMarkdown?: (note: NoteRow) => string;
  onProgress?: Progress;
  /** Roughly how much work (notes, highlights) to do between yields. */
  chunkSize?: number;
  exportedAt?: string;
  /** A document to include even with no highlights or notes (the open one, for its own export). */
  alsoDocument?: string;
  /** How a link to a deleted note is marked (the export label, `{title}` its slot); English by default. */
  deletedNoteLabel?: string;
}

/** A note's Markdown when no converter is given: its plain text, escaped, one paragraph per line. */
export function plainTextMarkdown(note: NoteRow): string {
  return escapeMarkdownParagraphs(note.plainText).join('\n\n');
}

/** A note's Markdown from its serialized Lexical state, or from its plain text if that cannot be read. */
export function noteMarkdown(note: NoteRow): string {
  const markdown = lexicalJsonToMarkdown(note.content);
  return markdown === '' && note.plainText.trim() !== '' ? plainTextMarkdown(note) : markdown;
}

function groupByDocument(highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const byDoc = new Map<string, Highlight[]>();
  for (const highlight of highlights) {
    const list = byDoc.get(highlight.docId);
    if (list) list.push(highlight);
    else byDoc.set(highlight.docId, [highlight]);
  }
  return byDoc;
}

/**
 * Reads highlights, notes and renames, converts the notes and anchors each document's highlights.
 * Documents appear in corpus order, then imported documents and documents no longer in the
 * library (all their highlights orphans), by id; only documents with highlights or notes (and `alsoDocument`) are included.
 */
export async function gatherExportData(db: QiraaDb, corpus: readonly CorpusDocument[], options: GatherOptions = {}): Promise<NotebookExportInput> {
  const { noteToMarkdown = noteMarkdown, onProgress, chunkSize = 200 } = options;
  const [highlights, noteRows, states] = await db.transaction('r', [db.highlights, db.notes, db.documentState], () =>
    Promise.all([db.highlights.toArray(), db.notes.toArray(), db.documentState.toArray()]),
  );
  const total = noteRows.length + highlights.length;
  let done = 0;
  onProgress?.(0, total);

  const notes: ExportNote[] = [];
  // Links carry the title a note had when linked; exports show the linked note's current title.
  const noteTitles = new Map(noteRows.map((row) => [row.id, row.title]));
  for (let i = 0; i < noteRows.length; i += chunkSize) {
    for (const row of noteRows.slice(i, i + chunkSize)) {
      notes.push({ id: row.id, title: row.title, highlightId: row.highlightId, docId: row.docId, markdown: currentNoteLinkTitles(noteToMarkdown(row), (id) => noteTitles.get(id), options.deletedNoteLabel), createdAt: row.createdAt, modifiedAt: row.modifiedAt });
    }
    done += Math.min(chunkSize, noteRows.length - i);
    onProgress?.(done, total);
    await yieldToUi();
  }

  const byDoc = groupByDocument(highlights);
  const withNotes = new Set(noteRows.map((n) => n.docId).filter((id): id is string => id !== null));
  if (options.alsoDocument !== undefined) withNotes.add(options.alsoDocument);
  const titles = new Map(states.map((s) => [s.docId, s.customTitle]));
  const known = new Set(corpus.map((d) => d.id));
  const elsewhere = [...new Set([...byDoc.keys(), ...withNotes])].filter((id) => !known.has(id)).sort();
  // Imported documents are read from the library only when they have something to export.
  const imported = await Promise.all(elsewhere.map(async (id) => (await loadImportedDocument(db, id)) ?? missingDocument(id)));
  const sources = [...corpus.filter((d) => byDoc.has(d.id) || withNotes.has(d.id)), ...imported];

  const documents = [];
  let sinceYield = 0;
  for (const document of sources) {
    const own = byDoc.get(document.id) ?? [];
    documents.push(prepareDocument(document, titles.get(document.id) ?? null, own));
    done += own.length;
    sinceYield += own.length + 1;
    if (sinceYield >= chunkSize) {
      sinceYield = 0;
      onProgress?.(done, total);
      await yieldToUi();
    }
  }
  onProgress?.(total, total);
  return { documents, notes, exportedAt: options.exportedAt ?? new Date().toISOString() };
}
