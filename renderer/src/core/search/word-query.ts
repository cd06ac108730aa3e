/**
 * The index query for one query word, and how a hit matched it.
 *
 * A word matches in one of three ways, ranked in this order by `search-research.ts`:
 * - exact: the normalised word itself (so diacritics, hamza forms, ة/ه, ى/ي and ئ/ي already
 *   agree, through `normalizeArabic`);
 * - stem: an indexed word whose light stem is the query word or the query word's stem;
 * - near spelling, for words of five letters or more: one edit (MiniSearch's Levenshtein fuzzy
 *   search) or two adjacent letters swapped, both on the word and on its stem, so a slip in a
 *   prefixed form is found too. Levenshtein counts a swap as two edits, and a distance of two
 *   would let in many unrelated words of short Arabic roots, so each swapped variant of the
 *   word (n − 1 of them) is looked up exactly instead: together that is one edit in the
 *   optimal-string-alignment (Damerau) sense, at the price of a few exact lookups.
 */
import type { Query } from 'minisearch';
import { stemArabic } from './arabic-stemmer';
import { EXACT_FIELDS, markStem, STEM_FIELDS, STEM_MARK } from './research-index';

/** How a word matched (for a hit: its worst word). */
export type MatchQuality = 'exact' | 'stem' | 'fuzzy';

const MIN_FUZZY_LENGTH = 5;
/** A near spelling counts this much of an exact match (MiniSearch's own default for fuzzy). */
const FUZZY_WEIGHT = 0.45;
/** Titles say what an item is about; a tag is a word the researcher chose. Stems count half. */
export const FIELD_BOOST = { title: 3, text: 1, tags: 2, titleStem: 1.5, textStem: 0.5 };
const scaled = (factor: number) => Object.fromEntries(Object.entries(FIELD_BOOST).map(([f, b]) => [f, b * factor]));

/** Whether a query word is long enough to be looked up by near spellings too. */
export const hasNearSpellings = (word: string): boolean => word.length >= MIN_FUZZY_LENGTH;

/** The word with two adjacent letters swapped, each way it can be. */
export function adjacentSwaps(word: string): string[] {
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) swaps.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...swaps];
}

/** The stem-field terms a query word looks up: the word itself and its stem, as indexed stems. */
export const stemTerms = (word: string): string[] => [...new Set([word, stemArabic(word)])].map(markStem);

/**
 * One query word: itself (or a near spelling, when `tolerant`) in the word fields, or itself or
 * its stem in the stem fields. A phrase's words are not tolerant: the phrase is checked as
 * written afterwards, but its first word may carry a prefix, which only the stems find.
 */
export function wordQuery(word: string, tolerant: boolean): Query {
  const fuzzy = tolerant && hasNearSpellings(word);
  const queries: Query[] = [
    { queries: [word], fields: [...EXACT_FIELDS], fuzzy: fuzzy ? 1 : false },
    // A slip in a prefixed word ("والانسحاث") is one edit away from a stem, not from a word.
    { queries: stemTerms(word), fields: [...STEM_FIELDS], combineWith: 'OR', fuzzy: fuzzy ? stemFuzziness : false },
  ];
  if (fuzzy) {
    queries.push({ queries: adjacentSwaps(word), fields: [...EXACT_FIELDS], combineWith: 'OR', boost: scaled(FUZZY_WEIGHT) });
    const stem = stemArabic(word);
    if (stem.length >= MIN_FUZZY_LENGTH) {
      queries.push({ queries: adjacentSwaps(stem).map(markStem), fields: [...STEM_FIELDS], combineWith: 'OR', boost: scaled(FUZZY_WEIGHT) });
    }
  }
  return { combineWith: 'OR', queries };
}

/** One edit for a marked stem of five letters or more. */
const stemFuzziness = (term: string): number | false => (term.length - STEM_MARK.length >= MIN_FUZZY_LENGTH ? 1 : false);

/** A query word with the stem-field terms it looks up, worked out once per query. */
export interface QueryWord {
  word: string;
  stems: string[];
}

/** How a hit matched a query word, from the indexed terms it matched through. */
export function wordQuality(matched: readonly string[], { word, stems }: QueryWord): MatchQuality {
  if (matched.includes(word)) return 'exact';
  return stems.some((term) => matched.includes(term)) ? 'stem' : 'fuzzy';
}
