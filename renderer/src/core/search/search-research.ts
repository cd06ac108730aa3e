/**
 * One search over the research index: a query string in, hits grouped by kind out, best
 * first, each with offsets into the item's original text and an excerpt.
 *
 * Every query word must match (AND), in one of three ways, ranked in this order:
 * - exact: the normalised word itself (so diacritics, hamza forms, ة/ه, ى/ي and ئ/ي already
 *   agree, through `normalizeArabic`);
 * - stem: an indexed word whose light stem is the query word or the query word's stem;
 * - near spelling, for words of five letters or more: one edit (MiniSearch's Levenshtein fuzzy
 *   search), or two adjacent letters swapped; both on the word and on its stem, so a slip in
 *   a prefixed form is found too. Levenshtein counts a swap as two edits, and a
 *   distance of two would let in many unrelated words of short Arabic roots, so each swapped
 *   variant of the word (n − 1 of them) is looked up exactly instead: together that is one
 *   edit in the optimal-string-alignment (Damerau) sense.
 * A hit's tier is the sum of its words' match kinds; hits sort by tier, then by score (BM25
 * with field, kind and phrase boosts). A quoted phrase must occur as written (checked on the
 * item's normalised text); unquoted words that occur side by side in query order are boosted.
 */
import type { Query, SearchResult } from 'minisearch';
import { isProcliticForm, stemArabic } from './arabic-stemmer';
import { excerptAround, locateBestMatch, type Excerpt, type MatchTargets } from './locate-match';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';
import { EXACT_FIELDS, markStem, normalizedFieldsOf, STEM_FIELDS, STEM_MARK, type NormalizedFields, type ResearchIndex } from './research-index';
import { itemFields, KIND_BOOST, kindOfKey, type HitField, type ItemKind, type ResearchItem } from './research-items';

export interface ResearchSearchOptions {
  /** Only these kinds (default: all). */
  kinds?: readonly ItemKind[];
  /** Only highlights of these colours (documents and notes are left out when set). */
  colors?: readonly string[];
  /**
   * Only documents with these ids and highlights in them: a collection's documents, say.
   * Notes belong to no document and are kept (leave them out with `kinds`).
   */
  docIds?: ReadonlySet<string>;
  /** The most hits listed per kind (all are counted). Default 20. */
  limit?: number;
}

/** How a hit's words matched: its worst word counts. */
export type MatchQuality = 'exact' | 'stem' | 'fuzzy';

export interface SearchHit {
  key: string;
  kind: ItemKind;
  item: ResearchItem;
  score: number;
  quality: MatchQuality;
  /** Which text the offsets are in: the item's title, its text (a highlight's quote) or a tag. */
  field: HitField;
  /** For `field: 'tag'`, which tag. */
  tagIndex?: number;
  /** Offsets into that original text: `text.slice(start, end)` is what matched, diacritics included. */
  start: number;
  end: number;
  excerpt: Excerpt;
}

export interface ResearchSearchResults {
  documents: SearchHit[];
  highlights: SearchHit[];
  notes: SearchHit[];
  /** Every hit per kind, including those past the limit. */
  counts: Record<ItemKind, number>;
}

const DEFAULT_LIMIT = 20;
const MIN_FUZZY_LENGTH = 5;
const FUZZY_WEIGHT = 0.45;
const PHRASE_BOOST = 2;
/** How many of the best hits per kind are checked for the side-by-side boost. */
const PHRASE_WINDOW = 100;
const QUALITY_RANK: Record<MatchQuality, number> = { exact: 0, stem: 1, fuzzy: 2 };
/** Titles say what an item is about; a tag is a word the researcher chose. Stems count half. */
const FIELD_BOOST = { title: 3, text: 1, tags: 2, titleStem: 1.5, textStem: 0.5 };
const scaled = (factor: number) => Object.fromEntries(Object.entries(FIELD_BOOST).map(([f, b]) => [f, b * factor]));

/** The word with two adjacent letters swapped, each way it can be. */
export function adjacentSwaps(word: string): string[] {
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) swaps.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...swaps];
}

/** The stem-field terms a query word looks up: the word itself and its stem, as indexed stems. */
const stemTerms = (word: string): string[] => [...new Set([word, stemArabic(word)])].map(markStem);

/**
 * One query word: itself (or a near spelling, when `tolerant`) in the word fields, or itself or
 * its stem in the stem fields. A phrase's words are not tolerant: the phrase is checked as
 * written afterwards, but its first word may carry a prefix, which only the stems find.
 */
function wordQuery(word: string, tolerant: boolean): Query {
  const fuzzy = tolerant && word.length >= MIN_FUZZY_LENGTH;
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
interface QueryWord {
  word: string;
  stems: string[];
}

function wordQuality(result: SearchResult, { word, stems }: QueryWord): MatchQuality {
  if (result.match[word]) return 'exact';
  return stems.some((term) => result.match[term]) ? 'stem' : 'fuzzy';
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether normalised `text` holds the normalised `phrase` as whole words, its first word
 * possibly with a conjunction or preposition written onto it (`isProcliticForm`).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const space = phrase.indexOf(' ');
  const first = space === -1 ? phrase : phrase.slice(0, space);
  // ل + ال is written لل: "الامم المتحده" is in "للامم المتحده" as "لامم المتحده".
  const needles = first.startsWith('ال') ? [phrase, phrase.slice(1)] : [phrase];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const after = text[at + needle.length];
      if (after !== undefined && WORD_CHAR.test(after)) continue;
      let wordStart = at;
      while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
      const firstWritten = text.slice(wordStart, at) + needle.slice(0, needle.length - phrase.length + first.length);
      if (isProcliticForm(firstWritten, first)) return true;
    }
  }
  return false;
}

const fieldsContain = (fields: NormalizedFields, phrase: string): boolean =>
  containsPhrase(fields.text, phrase) || containsPhrase(fields.title, phrase) || fields.tags.some((t) => containsPhrase(t, phrase));

interface Candidate {
  key: string;
  score: number;
  tier: number;
  quality: MatchQuality;
  matched: string[];
}

function passesFilters(index: ResearchIndex, key: string, parsed: ParsedQuery, options: ResearchSearchOptions): boolean {
  const item = index.items.get(key);
  if (!item) return false;
  if (options.kinds && !options.kinds.includes(item.kind)) return false;
  if (options.colors && (item.kind !== 'highlight' || !options.colors.includes(item.color))) return false;
  if (options.docIds && item.kind !== 'note' && !options.docIds.has(item.docId)) return false;
  if (parsed.tags.length > 0) {
    if (item.kind !== 'highlight') return false;
    const tags = normalizedFieldsOf(index, key)!.tags;
    if (!parsed.tags.every((tag) => tags.includes(tag))) return false;
  }
  return true;
}

/** Keys of the items holding an excluded word (or a form of it). */
function excludedKeys(index: ResearchIndex, words: readonly string[]): Set<string> {
  if (words.length === 0) return new Set();
  const queries: Query[] = words.flatMap((w) => [
    { queries: [w], fields: [...EXACT_FIELDS] },
    { queries: stemTerms(w), fields: [...STEM_FIELDS], combineWith: 'OR' },
  ]);
  const results = index.miniSearch.search({ combineWith: 'OR', queries });
  return new Set(results.map((r) => r.id as string));
}

function findCandidates(index: ResearchIndex, parsed: ParsedQuery, options: ResearchSearchOptions): Candidate[] {
  const phraseWords = parsed.phrases.flatMap((p) => p.split(' '));
  const filtered = options.kinds !== undefined || options.colors !== undefined || options.docIds !== undefined || parsed.tags.length > 0;
  const passes = (key: string) => passesFilters(index, key, parsed, options);
  if (parsed.terms.length === 0 && phraseWords.length === 0) {
    // Tags alone: every highlight carrying them.
    return [...index.items.keys()].filter(passes).map((key) => ({ key, score: 1, tier: 0, quality: 'exact', matched: [] }));
  }
  const query: Query = {
    combineWith: 'AND',
    queries: [...parsed.terms.map((w) => wordQuery(w, true)), ...phraseWords.map((w) => wordQuery(w, false))],
  };
  const words: QueryWord[] = parsed.terms.map((word) => ({ word, stems: stemTerms(word) }));
  const results = index.miniSearch.search(query, {
    boost: FIELD_BOOST,
    boostDocument: (key: string) => KIND_BOOST[kindOfKey(key)],
    ...(filtered ? { filter: (result: SearchResult) => passes(result.id as string) } : {}),
  });
  return results.map((result) => {
    const qualities = words.map((word) => wordQuality(result, word));
    const worst = qualities.reduce<MatchQuality>((a, q) => (QUALITY_RANK[q] > QUALITY_RANK[a] ? q : a), 'exact');
    const tier = qualities.reduce((sum, q) => sum + QUALITY_RANK[q], 0);
    return { key: result.id as string, score: result.score, tier, quality: worst, matched: result.terms };
  });
}

/** Keeps the candidates holding every quoted phrase and no excluded one. */
function checkPhrases(index: ResearchIndex, candidates: Candidate[], parsed: ParsedQuery): Candidate[] {
  const excludedPhrases = parsed.excluded.filter((e) => e.includes(' '));
  if (parsed.phrases.length === 0 && excludedPhrases.length === 0) return candidates;
  return candidates.filter((candidate) => {
    const fields = normalizedFieldsOf(index, candidate.key)!;
    return parsed.phrases.every((p) => fieldsContain(fields, p)) && !excludedPhrases.some((p) => fieldsContain(fields, p));
  });
}

const byRank = (a: Candidate, b: Candidate): number => a.tier - b.tier || b.score - a.score;

/**
 * Boosts candidates where the query's words stand side by side in query order. Only the best
 * `window` of each kind are checked: the boost reorders the top of a list, and checking every
 * hit of a common word would read the whole library's text on each keystroke.
 */
function boostTogether(index: ResearchIndex, sorted: Candidate[], parsed: ParsedQuery, window: number): void {
  if (parsed.terms.length < 2) return;
  const together = parsed.terms.join(' ');
  const seen: Record<ItemKind, number> = { document: 0, highlight: 0, note: 0 };
  for (const candidate of sorted) {
    if (seen[kindOfKey(candidate.key)]++ >= window) continue;
    if (fieldsContain(normalizedFieldsOf(index, candidate.key)!, together)) candidate.score *= PHRASE_BOOST;
  }
  sorted.sort(byRank);
}

function toHit(index: ResearchIndex, candidate: Candidate, parsed: ParsedQuery): SearchHit {
  const item = index.items.get(candidate.key)!;
  const fields = itemFields(item);
  const words = [...parsed.terms, ...parsed.phrases.flatMap((p) => p.split(' '))];
  const targets: MatchTargets = {
    phrases: [...parsed.phrases, ...(parsed.terms.length > 1 ? [parsed.terms.join(' ')] : []), ...parsed.tags].map((p) => p.split(' ')),
    exact: new Set([...words, ...parsed.tags.flatMap((t) => t.split(' '))]),
    stems: new Set(parsed.terms.flatMap((w) => [w, stemArabic(w)])),
    fuzzy: new Set(candidate.matched.filter((t) => !t.startsWith(STEM_MARK))),
    fuzzyStems: new Set(candidate.matched.filter((t) => t.startsWith(STEM_MARK)).map((t) => t.slice(STEM_MARK.length))),
  };
  const texts = [fields.text, fields.title, ...fields.tags];
  const found = locateBestMatch(texts, targets) ?? { start: 0, end: 0, which: 0 };
  const field: HitField = found.which === 0 ? 'text' : found.which === 1 ? 'title' : 'tag';
  return {
    key: candidate.key,
    kind: item.kind,
    item,
    score: candidate.score,
    quality: candidate.quality,
    field,
    ...(field === 'tag' ? { tagIndex: found.which - 2 } : {}),
    start: found.start,
    end: found.end,
    excerpt: excerptAround(texts[found.which]!, found.start, found.end),
  };
}

/** Searches the research index (see the module comment); the query language is `parse-query.ts`'s. */
export function searchResearch(index: ResearchIndex, query: string, options: ResearchSearchOptions = {}): ResearchSearchResults {
  const results: ResearchSearchResults = { documents: [], highlights: [], notes: [], counts: { document: 0, highlight: 0, note: 0 } };
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return results;
  const excluded = excludedKeys(index, parsed.excluded.filter((e) => !e.includes(' ')));
  const candidates = checkPhrases(index, findCandidates(index, parsed, options).filter((c) => !excluded.has(c.key)), parsed);
  const limit = options.limit ?? DEFAULT_LIMIT;
  candidates.sort(byRank);
  boostTogether(index, candidates, parsed, Math.max(limit, PHRASE_WINDOW));
  const groups: Record<ItemKind, SearchHit[]> = { document: results.documents, highlight: results.highlights, note: results.notes };
  for (const candidate of candidates) {
    const kind = kindOfKey(candidate.key);
    results.counts[kind]++;
    if (groups[kind].length < limit) groups[kind].push(toHit(index, candidate, parsed));
  }
  return results;
}
