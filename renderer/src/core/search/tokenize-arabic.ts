/**
 * Words of an original text, for search: each with its normalised form, its light stem and
 * its offsets into the ORIGINAL text, so a hit can be marked and selected exactly as written,
 * diacritics included.
 *
 * Words are found on the normalised text, where tashkeel, tatweel and invisible controls are
 * already gone: so a word is never split on a diacritic or a tatweel (the default tokenisers
 * of search libraries split "دَعَتِ" into pieces), only on whitespace and punctuation. Letters,
 * digits and combining marks (e.g. of decomposed Latin) make up words; everything else is a
 * separator.
 */
import { normalizeArabic, toOriginalRange, type NormalizedText } from '../arabic/normalize-arabic';
import { stemArabic } from './arabic-stemmer';

export interface Token {
  /** The word normalised (`normalizeArabic`). */
  term: string;
  /** Its light stem (`stemArabic`); equal to `term` when nothing comes off. */
  stem: string;
  /** Offsets into the original text: `text.slice(start, end)` is the word as written. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** A tatweel, or a mark written on one, that trails a word: drawn as part of it (بـ, بـِ). */
const TRAILING = /[\u0640\p{M}]/u;

/** A word found in normalised text: the word and where it starts there. */
export interface NormalizedWord {
  term: string;
  at: number;
}

/** The words of a normalised text, without original offsets (cheap: no mapping, no stems). */
export function wordsOf(normalizedText: string): NormalizedWord[] {
  return Array.from(normalizedText.matchAll(WORD), (match) => ({ term: match[0], at: match.index }));
}

/**
 * The original range of the normalised range `[start, end)` of words: the normaliser's range,
 * plus any tatweel (and marks on it) trailing the last word.
 */
export function originalWordRange(original: string, normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const range = toOriginalRange(normalized, start, end);
  let to = range.end;
  while (to < original.length && TRAILING.test(original[to]!)) to++;
  return { start: range.start, end: to };
}

/**
 * The words of an original text given with its normalised form (when the caller has it
 * already), with offsets into `original` through the normaliser's map.
 */
export function tokenizeNormalized(original: string, normalized: NormalizedText): Token[] {
  return wordsOf(normalized.text).map(({ term, at }) => ({
    term,
    stem: stemArabic(term),
    ...originalWordRange(original, normalized, at, at + term.length),
  }));
}

/** The words of an original text (see the module comment), in reading order. */
export function tokenizeArabic(text: string): Token[] {
  return tokenizeNormalized(text, normalizeArabic(text));
}

/**
 * The normalised words of a text without offsets or stems: what an index needs, and what a
 * query word is turned into.
 */
export function normalizedTerms(text: string): string[] {
  return normalizeArabic(text).text.match(WORD) ?? [];
}
