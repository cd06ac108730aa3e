/**
 * "Find in document": every place a query occurs in a document's text, matched the way search
 * matches Arabic (normalised: diacritics, tatweel and hamza seats ignored, ة/ه, ى/ي alike,
 * whitespace runs as one space), reported as ranges of the original text.
 */
import { normalizeArabic, toOriginalRange, type NormalizedText } from '../arabic/normalize-arabic';

export interface FoundRange {
  start: number;
  end: number;
}

export interface FoundMatches {
  matches: FoundRange[];
  /** True when there were more matches than the limit (the list holds the first `limit`). */
  truncated: boolean;
}

/** Enough for any count a reader steps through; a single letter in a book would be millions. */
export const MAX_MATCHES = 10_000;

/** The normalised document text, computed once per document and reused for every query. */
export function findableText(text: string): NormalizedText {
  return normalizeArabic(text);
}

/** The query as matched: normalised, without its leading and trailing spaces. */
export function normalizedQuery(query: string): string {
  return normalizeArabic(query).text.trim();
}

/**
 * The non-overlapping occurrences of `query` in the document, in order, as original-text ranges
 * (a match's diacritics included, nothing before its first letter). Empty for an empty query.
 */
export function findMatches(findable: NormalizedText, query: string, limit = MAX_MATCHES): FoundMatches {
  const needle = normalizedQuery(query);
  const matches: FoundRange[] = [];
  if (needle === '') return { matches, truncated: false };
  const haystack = findable.text;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (matches.length === limit) return { matches, truncated: true };
    matches.push(toOriginalRange(findable, at, at + needle.length));
  }
  return { matches, truncated: false };
}

/** The first match at or after `offset` (wrapping to the first), to start from where the reader is. */
export function matchAtOrAfter(matches: readonly FoundRange[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (matches[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low < matches.length ? low : 0;
}
