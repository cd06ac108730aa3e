/**
 * The search field's small query language, turned into normalised words:
 *
 *   word                 a word to find (its forms and near spellings count too)
 *   "exact phrase"       these words, in this order, as written (straight or typographic quotes)
 *   -word, -"a phrase"   leave out items containing it
 *   tag:روسيا, tag:"two words"   only highlights carrying that tag
 *
 * The query is normalised first with `normalizeArabic`, the single source of normalisation, so
 * typographic quotes (“ ” « ») are already straight quotes, and every word comes out in the form
 * the index holds. A quote left open runs to the end of the query; a `-` or `tag:` with nothing
 * after it is ignored.
 */
import { normalizeArabic } from '../arabic/normalize-arabic';
import { normalizedTerms } from './tokenize-arabic';

export interface ParsedQuery {
  /** Single normalised words to find. */
  terms: string[];
  /** Quoted phrases: normalised words joined by one space. */
  phrases: string[];
  /** Words or phrases (normalised, joined by one space) an item must not contain. */
  excluded: string[];
  /** Tags (normalised, words joined by one space) a highlight must carry. */
  tags: string[];
}

const TAG_PREFIX = 'tag:';

/** Reads a quoted run starting after the opening quote; returns its text and where to go on. */
function readQuoted(query: string, from: number): [string, number] {
  const close = query.indexOf('"', from);
  return close === -1 ? [query.slice(from), query.length] : [query.slice(from, close), close + 1];
}

/** Reads an unquoted run up to whitespace or a quote. */
function readBare(query: string, from: number): [string, number] {
  let to = from;
  while (to < query.length && query[to] !== ' ' && query[to] !== '"') to++;
  return [query.slice(from, to), to];
}

function readOperand(query: string, from: number): [string, boolean, number] {
  if (query[from] === '"') {
    const [text, next] = readQuoted(query, from + 1);
    return [text, true, next];
  }
  const [text, next] = readBare(query, from);
  return [text, false, next];
}

const joinWords = (text: string): string => normalizedTerms(text).join(' ');

/** Parses a search query (see the module comment). */
export function parseQuery(query: string): ParsedQuery {
  const text = normalizeArabic(query).text;
  const parsed: ParsedQuery = { terms: [], phrases: [], excluded: [], tags: [] };
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    if (text.startsWith(TAG_PREFIX, at)) {
      const [tag, , next] = readOperand(text, at + TAG_PREFIX.length);
      const words = joinWords(tag);
      if (words) parsed.tags.push(words);
      at = Math.max(next, at + TAG_PREFIX.length);
      continue;
    }
    const negated = text[at] === '-' && at + 1 < text.length && text[at + 1] !== ' ';
    const [operand, quoted, next] = readOperand(text, negated ? at + 1 : at);
    at = next;
    const words = joinWords(operand);
    if (!words) continue;
    if (negated) parsed.excluded.push(words);
    else if (quoted) parsed.phrases.push(words);
    else parsed.terms.push(...words.split(' '));
  }
  return parsed;
}

/** True when the query asks for nothing to be found (it may still exclude). */
export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.terms.length === 0 && parsed.phrases.length === 0 && parsed.tags.length === 0;
}
