/**
 * Every highlight and note as a W3C Web Annotation collection (JSON-LD,
 * https://www.w3.org/TR/annotation-model/): one AnnotationCollection with its single page embedded.
 */
import { describeRange, type TextQuoteSelector, type TextPositionSelector } from '../anchoring/selectors';
import type { Highlight, HighlightColor, HighlightStyle } from '../highlights/highlight-types';
import { ENGLISH_EXPORT_LABELS } from './export-labels';
import type { ExportNote, NotebookExportInput } from './export-types';
import { isoTime } from './export-time';
import { escapeMarkdownLine, isArabicParagraph } from './markdown-escape';
import { rewriteNoteLinks, type LinkRewriter } from './note-link-markdown';

export const documentUri = (docId: string) => `urn:qiraa:doc:${encodeURIComponent(docId)}`;
export const annotationUri = (id: string) => `urn:uuid:${id}`;
/** Target of notes that belong to no document. */
export const NOTEBOOK_URI = 'urn:qiraa:notebook';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/markdown' | 'text/plain';
  language?: 'ar' | 'en';
  textDirection?: 'rtl' | 'ltr';
  purpose: 'commenting' | 'tagging';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  /** Left out for a stored time no date can hold. */
  created?: string;
  modified?: string;
  body?: TextualBody[];
  target: string | {
    source: string;
    selector: (TextQuoteSelector | TextPositionSelector)[];
    styleClass?: string;
  };
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  created: string;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const COLOR_CSS: Record<HighlightColor, string> = {
  yellow: '#fde68a',
  green: '#bbf7d0',
  blue: '#bfdbfe',
  pink: '#fbcfe8',
  purple: '#ddd6fe',
};

/** The CSS class of a highlight's look, e.g. `qiraa-yellow-underline`. */
export function styleClassOf(color: HighlightColor, style: HighlightStyle): string {
  return `qiraa-${color}-${style}`;
}

function cssRule(color: HighlightColor, style: HighlightStyle): string {
  const look = style === 'underline' ? `text-decoration: underline 2px ${COLOR_CSS[color]}` : `background-color: ${COLOR_CSS[color]}`;
  return `.${styleClassOf(color, style)} { ${look}; }`;
}

/** Language and direction of a note's text: Arabic unless Latin letters outnumber Arabic ones. */
export function textLanguage(text: string): { language: 'ar' | 'en'; textDirection: 'rtl' | 'ltr' } {
  const hasLetters = /\p{L}/u.test(text);
  return !hasLetters || isArabicParagraph(text) ? { language: 'ar', textDirection: 'rtl' } : { language: 'en', textDirection: 'ltr' };
}

const bodyField = (body: TextualBody[]) => (body.length > 0 ? { body } : {});
/** `created` and `modified`, each only when its time is a date. */
function times(createdAt: number, modifiedAt: number): { created?: string; modified?: string } {
  const created = isoTime(createdAt);
  const modified = isoTime(modifiedAt);
  return { ...(created === null ? {} : { created }), ...(modified === null ? {} : { modified }) };
}

function noteBodyOf(note: ExportNote, links: LinkRewriter): TextualBody[] {
  const value = rewriteNoteLinks(note.markdown, links).trim();
  if (value === '') return [];
  return [{ type: 'TextualBody', value, format: 'text/markdown', ...textLanguage(value), purpose: 'commenting' }];
}

function tagBodies(tags: readonly string[]): TextualBody[] {
  return tags.map((tag) => ({ type: 'TextualBody', value: tag, ...textLanguage(tag), purpose: 'tagging' }));
}

/** Links inside notes point at the annotations of the linked notes and passages. */
function annotationLinks(noteAnnotationIds: Map<string, string>): LinkRewriter {
  return {
    note: (noteId, text) => (noteAnnotationIds.has(noteId) ? `[${text}](${noteAnnotationIds.get(noteId)!})` : text),
    passage: (highlightId, text) => `[${text}](${annotationUri(highlightId)})`,
  };
}

/**
 * Selectors valid against the current text: anchored highlights get their current position and a
 * quote taken from the same place, so the position always selects exactly the quote; orphans keep
 * only their stored quote, since no position in the current text holds it.
 */
function selectorsOf(text: string, highlight: Highlight, range: { start: number; end: number } | null): (TextQuoteSelector | TextPositionSelector)[] {
  if (!range) return [highlight.selectors.quote];
  const { quote, position } = describeRange(text, range.start, range.end);
  return [quote, position];
}

/** Builds the collection; `id` should be unique per export (e.g. a UUID URN). */
export function w3cAnnotations(input: NotebookExportInput, id: string, label = ENGLISH_EXPORT_LABELS.collection): AnnotationCollection {
  const notesByHighlight = new Map(input.notes.filter((n) => n.highlightId !== null).map((n) => [n.highlightId!, n]));
  const noteAnnotationIds = new Map<string, string>();
  const highlightIds = new Set<string>();
  for (const doc of input.documents) {
    for (const h of [...doc.anchored.map((a) => a.highlight), ...doc.orphans]) highlightIds.add(h.id);
  }
  for (const note of input.notes) {
    const onHighlight = note.highlightId !== null && highlightIds.has(note.highlightId);
    noteAnnotationIds.set(note.id, annotationUri(onHighlight ? note.highlightId! : note.id));
  }
  const links = annotationLinks(noteAnnotationIds);
  const items: WebAnnotation[] = [];

  for (const doc of input.documents) {
    const entries = [
      ...doc.anchored.map((a) => ({ highlight: a.highlight, range: { start: a.start, end: a.end } })),
      ...doc.orphans.map((highlight) => ({ highlight, range: null })),
    ];
    for (const { highlight, range } of entries) {
      const note = notesByHighlight.get(highlight.id);
      const body = [...(note ? noteBodyOf(note, links) : []), ...tagBodies(highlight.tags)];
      const modified = Math.max(highlight.modifiedAt, note?.modifiedAt ?? 0);
      items.push({
        id: annotationUri(highlight.id),
        type: 'Annotation',
        motivation: body.some((b) => b.purpose === 'commenting') ? 'commenting' : 'highlighting',
        ...times(highlight.createdAt, modified),
        ...bodyField(body),
        target: { source: documentUri(doc.document.id), selector: selectorsOf(doc.document.text, highlight, range), styleClass: styleClassOf(highlight.color, highlight.style) },
        stylesheet: { type: 'CssStylesheet', value: cssRule(highlight.color, highlight.style) },
      });
    }
  }
  for (const note of input.notes) {
    if (note.highlightId !== null && highlightIds.has(note.highlightId)) continue;
    const titled = note.title.trim() === '' ? note.markdown : `# ${escapeMarkdownLine(note.title)}\n\n${note.markdown}`;
    items.push({
      id: annotationUri(note.id),
      type: 'Annotation',
      motivation: 'commenting',
      ...times(note.createdAt, note.modifiedAt),
      ...bodyField(noteBodyOf({ ...note, markdown: titled }, links)),
      target: note.docId === null ? NOTEBOOK_URI : documentUri(note.docId),
    });
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    created: input.exportedAt,
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
