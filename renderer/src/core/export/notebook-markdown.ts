/**
 * The whole notebook as Markdown: one file per document and per free-standing note (for a folder,
 * e.g. an Obsidian vault), or one combined file. Links between notes become wikilinks to the
 * exported files; links to passages point at the quote's block in its document's file.
 */
import type { Highlight } from '../highlights/highlight-types';
import { documentBody, documentMarkdown, frontmatter, highlightBlockId, noteBody } from './document-markdown';
import { ENGLISH_EXPORT_LABELS, type ExportLabels } from './export-labels';
import { isoTime } from './export-time';
import type { ExportDocument, ExportFile, ExportNote, NotebookExportInput } from './export-types';
import { escapeLinkText, escapeMarkdownLine, rtlSafeLine } from './markdown-escape';
import { unescapeMarkdown, type LinkRewriter } from './note-link-markdown';
import { createUniqueNamer, safeFileName } from './safe-file-name';

export interface FileNamePlan {
  /** File names without `.md`, unique in one folder. */
  documents: Map<string, string>;
  freeNotes: Map<string, string>;
}

interface LinkIndex {
  plan: FileNamePlan;
  /** Highlight id → the document it is in. */
  highlightDoc: Map<string, string>;
  highlights: Map<string, Highlight>;
  notes: Map<string, ExportNote>;
}

function highlightsOf(doc: ExportDocument): Highlight[] {
  return [...doc.anchored.map((a) => a.highlight), ...doc.orphans];
}

/** Notes that get their own file: those not on a highlight of an exported document. */
export function freeStandingNotes(input: NotebookExportInput): ExportNote[] {
  const highlightIds = new Set(input.documents.flatMap((doc) => highlightsOf(doc).map((h) => h.id)));
  return input.notes
    .filter((note) => note.highlightId === null || !highlightIds.has(note.highlightId))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Deterministic file names: documents in input order, then free notes oldest first. */
export function planFileNames(input: NotebookExportInput): FileNamePlan {
  const unique = createUniqueNamer();
  const documents = new Map(input.documents.map((doc) => [doc.document.id, unique(safeFileName(doc.title, doc.document.id))]));
  const freeNotes = new Map(freeStandingNotes(input).map((note) => [note.id, unique(safeFileName(note.title, 'note'))]));
  return { documents, freeNotes };
}

function indexLinks(input: NotebookExportInput, plan: FileNamePlan): LinkIndex {
  const highlightDoc = new Map<string, string>();
  const highlights = new Map<string, Highlight>();
  for (const doc of input.documents) {
    for (const highlight of highlightsOf(doc)) {
      highlightDoc.set(highlight.id, doc.document.id);
      highlights.set(highlight.id, highlight);
    }
  }
  return { plan, highlightDoc, highlights, notes: new Map(input.notes.map((n) => [n.id, n])) };
}

/** Text for a wikilink alias: no brackets or pipes, one line. */
function wikiAlias(text: string): string {
  return text.replace(/[[\]|]/g, ' ').replace(/\s+/g, ' ').trim();
}

function wikilink(target: string, title: string): string {
  const alias = wikiAlias(title);
  return alias === target || alias === '' ? `[[${target}]]` : `[[${target}|${alias}]]`;
}

/** A Markdown link destination: spaces and brackets percent-encoded, Arabic kept readable. */
function linkDestination(fileName: string, fragment: string): string {
  const encoded = `${fileName}.md`.replace(/[%\s()<>]/g, (c) => encodeURIComponent(c));
  return `${encoded}#${fragment}`;
}

/** The passage's opening words in guillemets, for the text of a link to it. */
export function passageLabel(quote: string, maxLength = 60): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim();
  return `«${oneLine.length > maxLength ? `${oneLine.slice(0, maxLength).trim()}…` : oneLine}»`;
}

/**
 * Link rewriting for exported files. `combined` makes links point inside one file: headings for
 * notes, block ids for passages; otherwise they point at the other files of the folder.
 */
export function notebookLinks(index: LinkIndex, combined: boolean): LinkRewriter {
  const docFile = (highlightId: string) => index.plan.documents.get(index.highlightDoc.get(highlightId) ?? '');
  return {
    note(noteId, text) {
      const note = index.notes.get(noteId);
      if (!note) return text;
      const free = index.plan.freeNotes.get(noteId);
      if (free !== undefined) return combined ? wikilink(`#${free}`, note.title) : wikilink(free, note.title);
      const file = note.highlightId === null ? undefined : docFile(note.highlightId);
      if (file === undefined || note.highlightId === null) return text;
      const block = `#^${highlightBlockId(note.highlightId)}`;
      return wikilink(combined ? block : `${file}${block}`, note.title);
    },
    passage(highlightId, text) {
      const highlight = index.highlights.get(highlightId);
      const file = docFile(highlightId);
      const label = escapeLinkText(passageLabel(highlight ? highlight.selectors.quote.exact : unescapeMarkdown(text)));
      if (!highlight || file === undefined) return label;
      const fragment = `^${highlightBlockId(highlightId)}`;
      return `[${label}](${combined ? `#${fragment}` : linkDestination(file, fragment)})`;
    },
  };
}

/** Each document's notes: those on its highlights and those started from it. */
function notesByDocument(index: LinkIndex, notes: readonly ExportNote[]): Map<string, ExportNote[]> {
  const byDoc = new Map<string, ExportNote[]>();
  for (const note of notes) {
    const docId = (note.highlightId === null ? undefined : index.highlightDoc.get(note.highlightId)) ?? note.docId;
    if (docId === null) continue;
    const list = byDoc.get(docId);
    if (list) list.push(note);
    else byDoc.set(docId, [note]);
  }
  return byDoc;
}

function freeNoteFile(note: ExportNote, name: string, links: LinkRewriter, exportedAt: string): string {
  const meta = frontmatter({ title: note.title, note_id: note.id, document_id: note.docId, created: isoTime(note.createdAt), modified: isoTime(note.modifiedAt), exported_at: exportedAt });
  return `${meta}\n${rtlSafeLine(`# ${escapeMarkdownLine(note.title || name)}`)}\n\n${noteBody(note, links, 1)}\n`;
}

export interface NotebookMarkdown {
  /** One file per document and per free-standing note, for a folder. */
  files: ExportFile[];
  /** Everything in one file. */
  combined: ExportFile;
}

/** Builds both shapes of the notebook export from the same data and file-name plan. */
export function notebookMarkdown(input: NotebookExportInput, combinedName = 'Qiraa notebook', labels: ExportLabels = ENGLISH_EXPORT_LABELS): NotebookMarkdown {
  const plan = planFileNames(input);
  const index = indexLinks(input, plan);
  const folderLinks = notebookLinks(index, false);
  const combinedLinks = notebookLinks(index, true);
  const freeNotes = freeStandingNotes(input);
  const docNotes = notesByDocument(index, input.notes);
  const files: ExportFile[] = [];
  const combinedParts: string[] = [];

  for (const doc of input.documents) {
    const notes = docNotes.get(doc.document.id) ?? [];
    const name = plan.documents.get(doc.document.id)!;
    const freeNoteLink = (note: ExportNote) => folderLinks.note(note.id, escapeLinkText(note.title));
    files.push({ name: `${name}.md`, content: documentMarkdown(doc, { exportedAt: input.exportedAt, notes, links: folderLinks, freeNoteLink, labels }) });
    const combinedFreeLink = (note: ExportNote) => combinedLinks.note(note.id, escapeLinkText(note.title));
    combinedParts.push(documentBody(doc, { exportedAt: input.exportedAt, notes, links: combinedLinks, freeNoteLink: combinedFreeLink, metaList: true, labels }));
  }
  for (const note of freeNotes) {
    const name = plan.freeNotes.get(note.id)!;
    files.push({ name: `${name}.md`, content: freeNoteFile(note, name, folderLinks, input.exportedAt) });
    // The heading is the file name, so `[[#name]]` finds it in the combined file.
    combinedParts.push(`${rtlSafeLine(`# ${escapeMarkdownLine(name)}`)}\n\n${noteBody(note, combinedLinks, 1)}\n`);
  }
  const highlights = input.documents.reduce((sum, doc) => sum + doc.anchored.length + doc.orphans.length, 0);
  const head = frontmatter({ title: combinedName, exported_at: input.exportedAt, documents: input.documents.length, highlights, notes: input.notes.length });
  return { files, combined: { name: `${safeFileName(combinedName)}.md`, content: `${head}\n${combinedParts.join('\n')}` } };
}

/**
 * The open document's file alone, with links named as they would be in the notebook export. Its
 * own name adds the export's date, so it never takes the place of (or is mistaken for) the same
 * document's file in a notebook folder saved beside it.
 */
export function singleDocumentMarkdown(input: NotebookExportInput, docId: string, labels: ExportLabels = ENGLISH_EXPORT_LABELS): ExportFile | null {
  const doc = input.documents.find((d) => d.document.id === docId);
  if (!doc) return null;
  const plan = planFileNames(input);
  const index = indexLinks(input, plan);
  const links = notebookLinks(index, false);
  const notes = notesByDocument(index, input.notes).get(docId) ?? [];
  const content = documentMarkdown(doc, { exportedAt: input.exportedAt, notes, links, labels });
  return { name: `${plan.documents.get(docId)!} ${input.exportedAt.slice(0, 10)}.md`, content };
}
