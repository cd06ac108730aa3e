/**
 * The words an export writes around the user's text (headings, place labels, the collection's
 * label), passed in as data so exports follow the interface language while this code stays pure.
 * Templates hold `{name}` slots; the structure (frontmatter keys, block ids, wikilinks) never
 * depends on them. Plain strings only, so labels travel to the export worker.
 */
import type { HighlightColor } from '../highlights/highlight-types';

export interface ExportLabels {
  colors: Record<HighlightColor, string>;
  underline: string;
  /** `{list}`: the highlight's tags. */
  tags: string;
  /** `{name}`: the section's heading. */
  section: string;
  /** `{number}`: the paragraph's number in its section. */
  paragraph: string;
  orphan: string;
  /** Between the parts of a highlight's place line. */
  separator: string;
  /** Between tags in a list. */
  listSeparator: string;
  highlightsHeading: string;
  orphansHeading: string;
  orphansExplanation: string;
  notesHeading: string;
  /** Under the highlights heading of a document exported before anything in it is highlighted. */
  noneYet: string;
  /** `{value}` each: the list under a document's heading in the one-file notebook. */
  source: string;
  byline: string;
  documentTags: string;
  /** The W3C collection's `label`. */
  collection: string;
  /** `{title}`: a link to a note that was deleted, by the name it had last. */
  deletedNote: string;
}

/** The English labels: what every export wrote before it spoke other languages, byte for byte. */
export const ENGLISH_EXPORT_LABELS: ExportLabels = {
  colors: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  underline: 'underline',
  tags: 'tags: {list}',
  section: 'section «{name}»',
  paragraph: 'paragraph {number}',
  orphan: 'orphan: not found in the current text',
  separator: ' · ',
  listSeparator: ', ',
  highlightsHeading: 'Highlights',
  orphansHeading: 'Orphaned highlights',
  orphansExplanation: 'These passages are no longer in the document’s text. Each shows the quote stored when it was highlighted.',
  notesHeading: 'Notes',
  noneYet: 'None yet.',
  source: 'Source: {value}',
  byline: 'Byline: {value}',
  documentTags: 'Tags: {value}',
  collection: "Qira'a highlights and notes",
  deletedNote: '{title} (deleted note)',
};

/** Fills a label's `{slot}`s with the given values (text the caller has already escaped). */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
