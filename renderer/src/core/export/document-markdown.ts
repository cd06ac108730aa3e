/**
 * One document's highlights and notes as Markdown: YAML frontmatter, a heading, each highlight in
 * reading order as a block quote of its text with its colour, tags and place, then its note;
 * orphans in their own, clearly marked section; then the document's free-standing notes.
 */
import type { CorpusDocument } from '../corpus/corpus-types';
import type { Highlight } from '../highlights/highlight-types';
import { ENGLISH_EXPORT_LABELS, fillLabel, type ExportLabels } from './export-labels';
import type { ExportDocument, ExportNote } from './export-types';
import { escapeMarkdownLine, escapeMarkdownParagraphs, rtlSafeLine, rtlSafeMarkdown } from './markdown-escape';
import { rewriteNoteLinks, type LinkRewriter } from './note-link-markdown';

export interface HighlightLocation {
  /** The nearest heading before the passage, or null when it comes before any heading. */
  section: string | null;
  /** 1-based among the paragraphs of that section; null when the passage is not in a paragraph. */
  paragraph: number | null;
}

/** Where a passage starting at `offset` is: its section heading and paragraph number. */
export function highlightLocation(document: CorpusDocument, offset: number): HighlightLocation {
  let section: string | null = null;
  let paragraph = 0;
  for (const block of document.blocks) {
    if (block.start > offset) break;
    if (block.kind === 'heading') {
      section = block.text;
      paragraph = 0;
    }
    if (block.kind === 'paragraph') paragraph++;
    if (offset < block.end) return { section, paragraph: block.kind === 'paragraph' ? paragraph : null };
  }
  return { section, paragraph: null };
}

/** The Obsidian block id of a highlight's quote (letters, digits and dashes only). */
export function highlightBlockId(highlightId: string): string {
  return `h-${highlightId.replace(/[^A-Za-z0-9-]/g, '')}`;
}

/** YAML frontmatter; strings and lists are written as JSON, which is valid YAML and needs no quoting rules. */
export function frontmatter(fields: Record<string, string | number | string[] | null>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Block-quotes passage text: one quoted paragraph per line of the passage. */
export function quoteBlock(text: string): string {
  const paragraphs = escapeMarkdownParagraphs(text).map((line) => rtlSafeLine(`> ${line}`));
  return (paragraphs.length > 0 ? paragraphs : ['> \u200B']).join('\n>\n');
}

/** Moves a note's headings `by` levels down (at most h6) so they sit under the highlight. */
export function demoteHeadings(markdown: string, by: number): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return line;
      return line.replace(/^(\s{0,3})(#{1,6})(?=\s|$)/, (_, indent: string, hashes: string) => `${indent}${'#'.repeat(Math.min(6, hashes.length + by))}`);
    })
    .join('\n');
}

/** A note's Markdown, ready to sit under a heading of level `underLevel`. */
export function noteBody(note: ExportNote, links: LinkRewriter, underLevel: number): string {
  return rtlSafeMarkdown(demoteHeadings(rewriteNoteLinks(note.markdown.trim(), links), underLevel)).trim();
}

function metaLine(highlight: Highlight, location: HighlightLocation | null, labels: ExportLabels): string {
  const parts = [labels.colors[highlight.color]];
  if (highlight.style === 'underline') parts.push(labels.underline);
  if (highlight.tags.length > 0) parts.push(fillLabel(labels.tags, { list: highlight.tags.map(escapeMarkdownLine).join(labels.listSeparator) }));
  if (location?.section) parts.push(fillLabel(labels.section, { name: escapeMarkdownLine(location.section) }));
  if (location?.paragraph) parts.push(fillLabel(labels.paragraph, { number: location.paragraph }));
  if (!location) parts.push(labels.orphan);
  return `*${parts.join(labels.separator)}*`;
}

function highlightSection(quoted: string, highlight: Highlight, location: HighlightLocation | null, note: ExportNote | undefined, links: LinkRewriter, labels: ExportLabels): string {
  const parts = [quoteBlock(quoted), `^${highlightBlockId(highlight.id)}`, metaLine(highlight, location, labels)];
  const body = note ? noteBody(note, links, 2) : '';
  if (body !== '') parts.push(body);
  return parts.join('\n\n');
}

export interface DocumentMarkdownOptions {
  exportedAt: string;
  /** Every note on one of this document's highlights or started from it. */
  notes: readonly ExportNote[];
  links: LinkRewriter;
  /** When given, free-standing notes are listed as these links instead of written out in full. */
  freeNoteLink?: (note: ExportNote) => string;
  /** Source, byline and tags as a list under the heading, for files without frontmatter. */
  metaList?: boolean;
  /** The words around the user's text, in the interface language; English when not given. */
  labels?: ExportLabels;
}

export interface DocumentCounts {
  highlights: number;
  orphans: number;
  notes: number;
}

function splitNotes(doc: ExportDocument, notes: readonly ExportNote[]) {
  const ids = new Set([...doc.anchored.map((a) => a.highlight.id), ...doc.orphans.map((h) => h.id)]);
  const byHighlight = new Map<string, ExportNote>();
  const free: ExportNote[] = [];
  for (const note of notes) {
    if (note.highlightId !== null && ids.has(note.highlightId)) byHighlight.set(note.highlightId, note);
    else if (note.docId === doc.document.id) free.push(note);
  }
  free.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return { byHighlight, free };
}

/** The counts the frontmatter reports. */
export function documentCounts(doc: ExportDocument, notes: readonly ExportNote[]): DocumentCounts {
  const { byHighlight, free } = splitNotes(doc, notes);
  return { highlights: doc.anchored.length + doc.orphans.length, orphans: doc.orphans.length, notes: byHighlight.size + free.length };
}

/** The document's frontmatter: title, source, byline, the article's tags, export time and counts. */
export function documentFrontmatter(doc: ExportDocument, counts: DocumentCounts, exportedAt: string): string {
  const { document } = doc;
  return frontmatter({
    title: doc.title,
    document_id: document.id,
    source: document.source,
    byline: document.byline,
    tags: document.tags,
    exported_at: exportedAt,
    highlights: counts.highlights,
    orphans: counts.orphans,
    notes: counts.notes,
  });
}

/** Source, byline and the article's tags as a Markdown list (empty when it has none). */
export function documentMetaList(document: CorpusDocument, labels: ExportLabels = ENGLISH_EXPORT_LABELS): string {
  const items: string[] = [];
  if (document.source) items.push(`- ${fillLabel(labels.source, { value: escapeMarkdownLine(document.source) })}`);
  if (document.byline) items.push(`- ${fillLabel(labels.byline, { value: escapeMarkdownLine(document.byline) })}`);
  if (document.tags.length > 0) items.push(`- ${fillLabel(labels.documentTags, { value: document.tags.map(escapeMarkdownLine).join(labels.listSeparator) })}`);
  return items.join('\n');
}

/** The document's Markdown without frontmatter, starting with `# title`. */
export function documentBody(doc: ExportDocument, options: DocumentMarkdownOptions): string {
  const { byHighlight, free } = splitNotes(doc, options.notes);
  const labels = options.labels ?? ENGLISH_EXPORT_LABELS;
  const sections = [rtlSafeLine(`# ${escapeMarkdownLine(doc.title)}`)];
  if (options.metaList) sections.push(documentMetaList(doc.document, labels));
  if (doc.anchored.length > 0) {
    sections.push(`## ${labels.highlightsHeading}`);
    for (const { highlight, start, end } of doc.anchored) {
      const location = highlightLocation(doc.document, start);
      sections.push(highlightSection(doc.document.text.slice(start, end), highlight, location, byHighlight.get(highlight.id), options.links, labels), '---');
    }
  }
  if (doc.orphans.length > 0) {
    sections.push(`## ${labels.orphansHeading}`, `*${labels.orphansExplanation}*`);
    for (const highlight of doc.orphans) {
      sections.push(highlightSection(highlight.selectors.quote.exact, highlight, null, byHighlight.get(highlight.id), options.links, labels), '---');
    }
  }
  // A document exported on its own before anything is highlighted: its metadata and an empty list.
  if (doc.anchored.length === 0 && doc.orphans.length === 0 && free.length === 0) sections.push(`## ${labels.highlightsHeading}`, `*${labels.noneYet}*`);
  if (free.length > 0) {
    sections.push(`## ${labels.notesHeading}`);
    for (const note of free) {
      if (options.freeNoteLink) sections.push(`- ${options.freeNoteLink(note)}`);
      else sections.push(rtlSafeLine(`### ${escapeMarkdownLine(note.title)}`), noteBody(note, options.links, 3));
    }
  }
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

/** One document's complete Markdown file. */
export function documentMarkdown(doc: ExportDocument, options: DocumentMarkdownOptions): string {
  const counts = documentCounts(doc, options.notes);
  return `${documentFrontmatter(doc, counts, options.exportedAt)}\n${documentBody(doc, options)}`;
}
