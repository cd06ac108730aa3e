/**
 * How links inside a note travel through Markdown: the notes code writes them as ordinary links
 * with a `qiraa:` target, and each exporter rewrites them for its format (wikilinks, passage
 * links, annotation ids). Keeping the syntax here lets both sides agree without sharing code.
 */
import { ENGLISH_EXPORT_LABELS, fillLabel } from './export-labels';
import { escapeLinkText } from './markdown-escape';

const NOTE_LINK = /\[((?:\\.|[^\]\\])*)\]\(qiraa:note\/([^)\s]+)\)/g;
const PASSAGE_LINK = /\[((?:\\.|[^\]\\])*)\]\(qiraa:passage\/([^)\s]+)\)/g;

/** The Markdown the notes code writes for a link to another note. */
export function noteLinkMarkdown(noteId: string, title: string): string {
  return `[${escapeLinkText(title)}](qiraa:note/${encodeURIComponent(noteId)})`;
}

/** The Markdown the notes code writes for a link to a highlighted passage. */
export function passageLinkMarkdown(highlightId: string, quote: string): string {
  return `[${escapeLinkText(quote)}](qiraa:passage/${encodeURIComponent(highlightId)})`;
}

export interface LinkRewriter {
  /** Markdown for a link to note `noteId`; `text` is the link's escaped text as written. */
  note(noteId: string, text: string): string;
  /** Markdown for a link to highlight `highlightId`; `text` is the escaped quote as written. */
  passage(highlightId: string, text: string): string;
}

/** Rewrites every note and passage link in `markdown` with `rewriter`; other text is untouched. */
export function rewriteNoteLinks(markdown: string, rewriter: LinkRewriter): string {
  return markdown
    .replace(NOTE_LINK, (_, text: string, id: string) => rewriter.note(decodeURIComponent(id), text))
    .replace(PASSAGE_LINK, (_, text: string, id: string) => rewriter.passage(decodeURIComponent(id), text));
}

/**
 * `markdown` with each note link's text set to the linked note's current title (`titleOf`), so an
 * export never carries the title a note had when it was linked. A link to a note that is gone keeps
 * its stored text (the note's last name), marked as a deleted note by `deletedNote` (an export
 * label, `{title}` its slot: "{title} (deleted note)" in English).
 */
export function currentNoteLinkTitles(markdown: string, titleOf: (noteId: string) => string | undefined, deletedNote = ENGLISH_EXPORT_LABELS.deletedNote): string {
  return markdown.replace(NOTE_LINK, (_, text: string, id: string) => {
    const noteId = decodeURIComponent(id);
    const title = titleOf(noteId);
    return noteLinkMarkdown(noteId, title ?? fillLabel(deletedNote, { title: unescapeMarkdown(text) }));
  });
}

/** Undoes `escapeLinkText`, for formats that want the plain words back. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
