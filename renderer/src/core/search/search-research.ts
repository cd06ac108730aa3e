/**
 * One search over the research index: a query string in, hits grouped by kind out, best
 * first, each with offsets into the item's original text and an excerpt.
 *
 * Every query word must match (AND): exactly, through a stem, or as a near spelling (see
 * `word-query.ts`; near spellings are looked for when exact and stemmed hits are few,
 * `NEAR_SPELLINGS_BELOW`). A hit's tier is the sum of its words' match kinds; hits sort by tier, then
 * by score (BM25 with field, kind and phrase boosts), so every exact hit comes before every
 * stemmed one and those before misspellings. A quoted phrase must occur as written (checked on
 * the item's normalised text); unquoted words found side by side in query order are boosted.
 * `-word` leaves out items holding the word or a form of it, `tag:` keeps highlights carrying
 * the tag, and the options filter by kind, colour and document.
 */
import type { Query } from 'minisearch';
import { stemArabic } from './arabic-stemmer';
import { BestFirst } from './best-first';
import { containsPhrase } from './contains-phrase';
import { keptNormalizer } from './kept-normalized';
import { excerptAround, locateBestMatch, type MatchTargets } from './locate-match';
import { markExcerpt, type MarkedExcerpt } from './mark-excerpt';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';
import { EXACT_FIELDS, normalizedFieldsOf, STEM_FIELDS, STEM_MARK, type NormalizedFields, type ResearchIndex } from './research-index';
import { itemFields, KIND_BOOST, kindOfKey, type HitField, type ItemKind, type ResearchItem } from './research-items';
import { FIELD_BOOST, hasNearSpellings, stemTerms, wordQuality, wordQuery, type MatchQuality, type QueryWord } from './word-query';
import { forEachCommonHit, keptWordHits, keyOfShortId, type WordHits } from './word-hits';

export type { MatchQuality } from './word-query';

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
  /** The most hits listed of a kind, for the kinds given (the others take `limit`); 0 counts them only. */
  limits?: Partial<Record<ItemKind, number>>;
}

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
  /** The excerpt around the match, every matched word in it marked (`mark-excerpt.ts`). */
  excerpt: MarkedExcerpt;
}

export interface ResearchSearchResults {
  documents: SearchHit[];
  highlights: SearchHit[];
  notes: SearchHit[];
  /** Every hit per kind, including those past the limit. */
  counts: Record<ItemKind, number>;
}

const DEFAULT_LIMIT = 20;
/**
 * Near spellings are looked for only when the exact and stemmed hits are fewer than this: a
 * misspelled query finds (almost) nothing as typed, and a correctly spelled common word is not
 * slowed down by near spellings that would all rank below its own hits anyway.
 */
export const NEAR_SPELLINGS_BELOW = 20;
const PHRASE_BOOST = 2;
/** How many of the best hits per kind are checked for the side-by-side boost. */
const PHRASE_WINDOW = 100;
const QUALITY_RANK: Record<MatchQuality, number> = { exact: 0, stem: 1, fuzzy: 2 };
const QUALITIES: readonly MatchQuality[] = ['exact', 'stem', 'fuzzy'];

const fieldsContain = (fields: NormalizedFields, phrase: string): boolean =>
  containsPhrase(fields.text, phrase) || containsPhrase(fields.title, phrase) || fields.tags.some((t) => containsPhrase(t, phrase));

/** A hit as ranked, before it is located in its text. */
export interface Candidate {
  key: string;
  score: number;
  tier: number;
  quality: MatchQuality;
  matched: readonly string[];
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

/**
 * `KIND_BOOST` read from the key's first letter (d, h, n). Applied to a hit's summed score: every
 * BM25 term of a document is multiplied by the same boost, so this equals MiniSearch's
 * `boostDocument` without a call for every posting read.
 */
const KIND_BOOST_BY_INITIAL = new Map([...Object.entries(KIND_BOOST)].map(([kind, boost]) => [kind.charCodeAt(0), boost]));
const boostOfKey = (key: string): number => KIND_BOOST_BY_INITIAL.get(key.charCodeAt(0)) ?? 1;

/** The hits of one pass over the index: every kind counted, its best kept in rank order. */
interface Collected {
  counts: Record<ItemKind, number>;
  best: Record<ItemKind, BestFirst<Candidate>>;
}

const byRank = (a: Candidate, b: Candidate): number => a.tier - b.tier || b.score - a.score;

/**
 * Every item the query matches and the filters keep, counted per kind; only the best
 * `capacity[kind]` of each become candidates (no object, no sort for the rest).
 */
function collectCandidates(index: ResearchIndex, parsed: ParsedQuery, options: ResearchSearchOptions, tolerant: boolean, capacity: Record<ItemKind, number>, excluded: ReadonlySet<string>): Collected {
  const collected: Collected = {
    counts: { document: 0, highlight: 0, note: 0 },
    best: { document: new BestFirst(capacity.document, byRank), highlight: new BestFirst(capacity.highlight, byRank), note: new BestFirst(capacity.note, byRank) },
  };
  const phraseWords = parsed.phrases.flatMap((p) => p.split(' '));
  const excludedPhrases = parsed.excluded.filter((e) => e.includes(' '));
  const checksText = parsed.phrases.length > 0 || excludedPhrases.length > 0;
  const filtered = options.kinds !== undefined || options.colors !== undefined || options.docIds !== undefined || parsed.tags.length > 0;
  // The filters first, then the excluded words, then (reading the item's text) the phrases.
  const keeps = (key: string): boolean => {
    if (filtered && !passesFilters(index, key, parsed, options)) return false;
    if (excluded.has(key)) return false;
    if (!checksText) return true;
    const fields = normalizedFieldsOf(index, key)!;
    return parsed.phrases.every((p) => fieldsContain(fields, p)) && !excludedPhrases.some((p) => fieldsContain(fields, p));
  };
  // Compared with what is kept before a candidate is built.
  const probe: Candidate = { key: '', score: 0, tier: 0, quality: 'exact', matched: [] };
  const collect = (key: string, score: number, tier: number, quality: MatchQuality, matched: readonly string[]) => {
    const kind = kindOfKey(key);
    collected.counts[kind]++;
    const best = collected.best[kind];
    probe.score = score;
    probe.tier = tier;
    if (best.wouldKeep(probe)) best.offer({ key, score, tier, quality, matched });
  };
  if (parsed.terms.length === 0 && phraseWords.length === 0) {
    // Tags alone: every highlight carrying them.
    for (const key of index.items.keys()) if (keeps(key)) collect(key, 1, 0, 'exact', []);
    return collected;
  }
  const asked = [...parsed.terms.map((word) => [word, tolerant] as const), ...phraseWords.map((word) => [word, false] as const)];
  // The last word first: while it is typed it is often found nowhere, and then nothing else is scored.
  const perWord: WordHits[] = [];
  for (let i = asked.length - 1; i >= 0; i--) {
    const [word, tolerantWord] = asked[i]!;
    const hits = keptWordHits(index.miniSearch, `${tolerantWord && hasNearSpellings(word) ? '~' : ''}${word}`, () => wordQuery(word, tolerantWord), { boost: FIELD_BOOST });
    if (hits.size === 0) return collected;
    perWord[i] = hits;
  }
  const words: QueryWord[] = parsed.terms.map((word) => ({ word, stems: stemTerms(word) }));
  forEachCommonHit(perWord, (docId, score, matched) => {
    const key = keyOfShortId(index.miniSearch, docId);
    if (!keeps(key)) return;
    let worst = 0;
    let tier = 0;
    for (const word of words) {
      const rank = QUALITY_RANK[wordQuality(matched, word)];
      tier += rank;
      if (rank > worst) worst = rank;
    }
    collect(key, score * boostOfKey(key), tier, QUALITIES[worst]!, matched);
  });
  return collected;
}

/**
 * A kind's first `limit` after boosting the candidates whose query words stand side by side in
 * query order. Only a kind's best `PHRASE_WINDOW` (or its limit, if more) may be boosted: the
 * boost reorders the top of a list, and checking every hit of a common word would read the whole
 * library's text on each keystroke. Within them, the check stops at the first candidate that
 * could not reach the first `limit` even boosted (its tier is worse, or twice its score does not
 * pass the last of them), so a first keystroke normalises a few texts, not a hundred; what is
 * listed is what boosting all of them would list.
 */
function boostTogether(index: ResearchIndex, best: Candidate[], parsed: ParsedQuery, limit: number): Candidate[] {
  if (parsed.terms.length < 2 || limit === 0) return best.slice(0, limit);
  const together = parsed.terms.join(' ');
  const checked: Candidate[] = [];
  for (const candidate of best) {
    if (checked.length >= limit) {
      // Stable: equal candidates stay in the order they ranked before the boost.
      checked.sort(byRank);
      const last = checked[limit - 1]!;
      if (last.tier < candidate.tier || (last.tier === candidate.tier && last.score >= candidate.score * PHRASE_BOOST)) break;
    }
    if (fieldsContain(normalizedFieldsOf(index, candidate.key)!, together)) candidate.score *= PHRASE_BOOST;
    checked.push(candidate);
  }
  return checked.sort(byRank).slice(0, limit);
}

/** What every hit of a query is located by; near spellings are added per hit (`toHit`). */
export type QueryTargets = Omit<MatchTargets, 'fuzzy' | 'fuzzyStems'>;

function queryTargets(parsed: ParsedQuery): QueryTargets {
  const words = [...parsed.terms, ...parsed.phrases.flatMap((p) => p.split(' '))];
  return {
    phrases: [...parsed.phrases, ...(parsed.terms.length > 1 ? [parsed.terms.join(' ')] : []), ...parsed.tags].map((p) => p.split(' ')),
    exact: new Set([...words, ...parsed.tags.flatMap((t) => t.split(' '))]),
    stems: new Set(parsed.terms.flatMap((w) => [w, stemArabic(w)])),
  };
}

const NO_TERMS: ReadonlySet<string> = new Set();

function toHit(index: ResearchIndex, candidate: Candidate, common: QueryTargets): SearchHit {
  const item = index.items.get(candidate.key)!;
  const fields = itemFields(item);
  const near = candidate.quality === 'fuzzy';
  const targets: MatchTargets = {
    ...common,
    fuzzy: near ? new Set(candidate.matched.filter((t) => !t.startsWith(STEM_MARK))) : NO_TERMS,
    fuzzyStems: near ? new Set(candidate.matched.filter((t) => t.startsWith(STEM_MARK)).map((t) => t.slice(STEM_MARK.length))) : NO_TERMS,
  };
  const texts = [fields.text, fields.title, ...fields.tags];
  const normalizedOf = keptNormalizer(item, texts);
  const found = locateBestMatch(texts, targets, normalizedOf) ?? { start: 0, end: 0, which: 0 };
  const field: HitField = found.which === 0 ? 'text' : found.which === 1 ? 'title' : 'tag';
  const text = texts[found.which]!;
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
    excerpt: { ...excerptAround(text, found.start, found.end), parts: markExcerpt(text, normalizedOf(found.which), found, targets) },
  };
}

/**
 * A query's hits ranked but not yet located in their texts (`locateHits`): what a caller keeps
 * when the ranking read every text it needed but an excerpt did not (a document whose text is
 * read on demand, see `ResearchIndex.lazy`), so only the excerpts are made again once it is read.
 */
export interface RankedResearch {
  /** Every hit per kind, including those past the limit. */
  counts: Record<ItemKind, number>;
  /** The hits listed, best first, per kind. */
  ranked: Record<ItemKind, readonly Candidate[]>;
  targets: QueryTargets;
}

/** Ranks the query's hits (see the module comment); `locateHits` turns them into results. */
export function rankResearch(index: ResearchIndex, query: string, options: ResearchSearchOptions = {}): RankedResearch {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return { counts: { document: 0, highlight: 0, note: 0 }, ranked: { document: [], highlight: [], note: [] }, targets: queryTargets(parsed) };
  const excluded = excludedKeys(index, parsed.excluded.filter((e) => !e.includes(' ')));
  const limit = options.limit ?? DEFAULT_LIMIT;
  const limitOf: Record<ItemKind, number> = { document: limit, highlight: limit, note: limit, ...options.limits };
  // The side-by-side boost can lift any of a kind's best window above the rest, so that many are kept.
  const window = parsed.terms.length < 2 ? 0 : Math.max(limitOf.document, limitOf.highlight, limitOf.note, PHRASE_WINDOW);
  const capacityOf = (kind: ItemKind): number => (limitOf[kind] === 0 ? 0 : Math.max(limitOf[kind], window));
  const capacity = { document: capacityOf('document'), highlight: capacityOf('highlight'), note: capacityOf('note') };
  let collected = collectCandidates(index, parsed, options, false, capacity, excluded);
  const total = collected.counts.document + collected.counts.highlight + collected.counts.note;
  if (total < NEAR_SPELLINGS_BELOW && parsed.terms.some(hasNearSpellings)) collected = collectCandidates(index, parsed, options, true, capacity, excluded);
  const rankedOf = (kind: ItemKind) => boostTogether(index, collected.best[kind].items, parsed, limitOf[kind]);
  return { counts: collected.counts, ranked: { document: rankedOf('document'), highlight: rankedOf('highlight'), note: rankedOf('note') }, targets: queryTargets(parsed) };
}

/**
 * The ranked hits located in their items' texts as they are in the index now, each with its
 * offsets and marked excerpt; null when one of them has left the index since it was ranked.
 */
export function locateHits(index: ResearchIndex, ranked: RankedResearch): ResearchSearchResults | null {
  const results: ResearchSearchResults = { documents: [], highlights: [], notes: [], counts: { ...ranked.counts } };
  const groups: Record<ItemKind, SearchHit[]> = { document: results.documents, highlight: results.highlights, note: results.notes };
  for (const kind of ['document', 'highlight', 'note'] as const) {
    for (const candidate of ranked.ranked[kind]) {
      if (!index.items.has(candidate.key)) return null;
      groups[kind].push(toHit(index, candidate, ranked.targets));
    }
  }
  return results;
}

/** Searches the research index (see the module comment); the query language is `parse-query.ts`'s. */
export function searchResearch(index: ResearchIndex, query: string, options: ResearchSearchOptions = {}): ResearchSearchResults {
  return locateHits(index, rankResearch(index, query, options))!;
}
