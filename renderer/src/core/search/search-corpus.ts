/**
 * Corpus-wide, Arabic-aware search. Pure: documents in, offsets and excerpts out.
 *
 * Each searchable block (title, headings, paragraphs, captions — never bylines, tags or site
 * chrome) is normalised once with `normalizeArabic`; a query is normalised the same way, so
 * tashkeel, tatweel, hamza forms, ى/ي, ة/ه, Arabic-Indic digits, typographic quotes and Latin
 * case all fold together. Matching is a plain substring search on the normalised text (Arabic
 * attaches prefixes such as و and ال to words, so whole-word matching would miss most hits),
 * and a phrase matches across any run of whitespace because whitespace normalises to one space.
 * Blocks are searched one by one, so a phrase never runs from one paragraph into the next.
 */
import { normalizeArabic, toOriginalRange, type NormalizedText } from '../arabic/normalize-arabic';
import type { CorpusDocument } from '../corpus/corpus-types';
import { ARTICLE_TEXT_KINDS } from '../corpus/parse-corpus';

/** How many characters of context an excerpt shows on each side of the match, before cutting at a word. */
const CONTEXT_CHARS = 40;
const DEFAULT_LIMIT = 50;

interface IndexedBlock {
  /** Where the block starts in the original document text. */
  start: number;
  end: number;
  normalized: NormalizedText;
}

interface IndexedDocument {
  docId: string;
  title: string;
  text: string;
  blocks: IndexedBlock[];
}

/** The corpus, normalised once for searching. Build it once per corpus. */
export interface SearchIndex {
  readonly documents: readonly IndexedDocument[];
}

/** The text around a match, cut at word boundaries; "…" marks a cut inside the block. */
export interface Excerpt {
  before: string;
  /** Exactly the original matched text, diacritics included. */
  match: string;
  after: string;
}

export interface SearchMatch {
  /** Offsets into the document's original text: `text.slice(start, end)` is what matched. */
  start: number;
  end: number;
  excerpt: Excerpt;
}

export interface DocumentResult {
  docId: string;
  title: string;
  /** The first `limit` matches, in reading order. */
  matches: SearchMatch[];
  /** Every match in the document, including those past the limit. */
  total: number;
}

export interface SearchOptions {
  /** The most matches listed per document (all are still counted in `total`). Default 50. */
  limit?: number;
}

/** Normalises each document's searchable blocks once. */
export function createSearchIndex(documents: readonly CorpusDocument[]): SearchIndex {
  return {
    documents: documents.map((document) => ({
      docId: document.id,
      title: document.title,
      text: document.text,
      blocks: document.blocks
        .filter((block) => ARTICLE_TEXT_KINDS.has(block.kind))
        .map((block) => ({ start: block.start, end: block.end, normalized: normalizeArabic(block.text) })),
    })),
  };
}

/**
 * The query as it is matched: normalised and trimmed, or null when it is too short to search
 * (empty, or a single character other than a digit, which would match nearly everywhere).
 */
export function searchableQuery(query: string): string | null {
  const needle = normalizeArabic(query).text.trim();
  if (needle.length === 0) return null;
  if (needle.length === 1 && !/[0-9]/.test(needle)) return null;
  return needle;
}

/**
 * Finds the query in every indexed document. Results are in the index's document order, each
 * document's matches in reading order; documents without a match are left out.
 */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): DocumentResult[] {
  const needle = searchableQuery(query);
  if (needle === null) return [];
  const limit = options.limit ?? DEFAULT_LIMIT;
  const results: DocumentResult[] = [];

  for (const document of index.documents) {
    const matches: SearchMatch[] = [];
    let total = 0;
    for (const block of document.blocks) {
      const haystack = block.normalized.text;
      // Matches do not overlap: searching on after each one, as a reader would count them.
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
        total++;
        if (matches.length >= limit) continue;
        const range = toOriginalRange(block.normalized, at, at + needle.length);
        const start = block.start + range.start;
        const end = block.start + range.end;
        matches.push({ start, end, excerpt: excerptOf(document.text, block, start, end) });
      }
    }
    if (total > 0) results.push({ docId: document.docId, title: document.title, matches, total });
  }
  return results;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** Up to ~40 characters either side of the match, within its block, cut between words. */
function excerptOf(text: string, block: IndexedBlock, start: number, end: number): Excerpt {
  let from = Math.max(block.start, start - CONTEXT_CHARS);
  if (from > block.start && !isSpace(text[from - 1])) {
    // Cut inside a word: drop its tail, unless the whole context is one long word.
    let next = from;
    while (next < start && !isSpace(text[next])) next++;
    if (next < start) from = next;
  }
  let to = Math.min(block.end, end + CONTEXT_CHARS);
  if (to < block.end && !isSpace(text[to])) {
    let previous = to;
    while (previous > end && !isSpace(text[previous - 1])) previous--;
    if (previous > end) to = previous;
  }
  const before = collapse(text.slice(from, start)).trimStart();
  const after = collapse(text.slice(end, to)).trimEnd();
  return {
    before: from > block.start ? `…${before}` : before,
    match: text.slice(start, end),
    after: to < block.end ? `${after}…` : after,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The number of matches and of documents with a match, for a summary line. */
export function countResults(results: readonly DocumentResult[]): { matches: number; documents: number } {
  return { matches: results.reduce((sum, r) => sum + r.total, 0), documents: results.length };
}
