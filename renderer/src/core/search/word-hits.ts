/**
 * The hits of a query's words, scored exactly as MiniSearch scores the same query, without
 * going through its generic combinators.
 *
 * `search-research.ts` asks for every query word (`wordQuery`, an OR of the word, its stems and
 * near spellings) and requires all of them (AND). MiniSearch answers that by building a result
 * object per posting of every term, a map per sub-query and merging maps level by level; for a
 * common word that is tens of thousands of short-lived objects per keystroke, most of the time
 * a search took. Here each word's whole OR is accumulated into typed arrays indexed by item (an
 * item's score, and how it was found as one object shared by the items found the same way: no
 * object per posting, so little garbage per keystroke), with the same BM25
 * parameters, field boosts, fuzzy weights and the same "quality" factor (the number of distinct
 * query terms that matched), read from MiniSearch's own index; `word-hits.test.ts` checks that
 * the ranking is the same as MiniSearch's on corpus words.
 *
 * A word's hits are kept (the last few words, until the index changes): typing a query letter by
 * letter changes only its last word, so the words before it are not scored again.
 *
 * One deliberate difference: MiniSearch counts a term's documents (BM25's document frequency)
 * including documents discarded but not yet vacuumed away, and drops them from that count as it
 * meets them; here they are left out from the start, which is MiniSearch's own figure once its
 * vacuum has run.
 */
import type MiniSearch from 'minisearch';
import type { Query, SearchOptions } from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import type { TermData } from './packed-postings';

/**
 * The query terms (the word, its stems, its near spellings as asked) that found an item, and the
 * indexed terms it matched through (a near spelling is the word as it is in the item). Items found
 * the same way share one: a common word's thousands of hits are a handful of these.
 */
export interface FoundBy {
  readonly sources: readonly string[];
  readonly matched: readonly string[];
}

/**
 * One word's hits: per item (by MiniSearch's short document id) its summed score and how it was
 * found, in typed arrays and shared `FoundBy`s rather than an object and two arrays per item,
 * which made typing a common word mostly garbage collection.
 */
export class WordHits {
  /** Each hit's slot + 1 by short id (0: not a hit). */
  readonly #slotOf: Int32Array;
  /** By slot, in the order the items were first met: the short id, the score and how it was found. */
  readonly ids: Int32Array;
  readonly scores: Float64Array;
  readonly foundBy: readonly FoundBy[];

  constructor(slotOf: Int32Array, ids: Int32Array, scores: Float64Array, foundBy: readonly FoundBy[]) {
    this.#slotOf = slotOf;
    this.ids = ids;
    this.scores = scores;
    this.foundBy = foundBy;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The slot of the item with this short id, or -1. */
  slotOf(docId: number): number {
    return docId < this.#slotOf.length ? this.#slotOf[docId]! - 1 : -1;
  }
}

/** MiniSearch's private index state, read to score postings (pinned by the tests). */
interface MiniSearchInternals {
  _index: SearchableMap<TermData>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _options: { fields: string[]; searchOptions: { maxFuzzy: number; weights: { fuzzy: number }; bm25: { k: number; b: number; d: number } } };
}

/** One term looked up in some fields, as MiniSearch's `executeQuerySpec` does. */
interface Leaf {
  term: string;
  boosts: [fieldId: number, boost: number][];
  maxDistance: number;
}

type Inherited = Pick<SearchOptions, 'fields' | 'boost' | 'fuzzy' | 'combineWith'>;

/** The query's terms with their options resolved the way MiniSearch resolves nested queries. */
function leavesOf(internals: MiniSearchInternals, query: Query, inherited: Inherited, out: Leaf[]): void {
  if (typeof query === 'string') {
    const fields = inherited.fields ?? internals._options.fields;
    const boost = inherited.boost ?? {};
    const fuzzy = typeof inherited.fuzzy === 'function' ? inherited.fuzzy(query, 0, [query]) : (inherited.fuzzy ?? false);
    const fraction = fuzzy === true ? 0.2 : fuzzy === false ? 0 : fuzzy;
    const maxDistance = fraction < 1 ? Math.min(internals._options.searchOptions.maxFuzzy, Math.round(query.length * fraction)) : fraction;
    out.push({
      term: query,
      boosts: fields.map((field) => [internals._fieldIds[field]!, (Object.hasOwn(boost, field) ? boost[field] : undefined) || 1]),
      maxDistance,
    });
    return;
  }
  if (typeof query !== 'object' || !('queries' in query)) throw new Error('only nested term queries are scored here');
  const options: Inherited = { ...inherited, ...query };
  if ((options.combineWith ?? 'OR').toUpperCase() !== 'OR') throw new Error('a word query combines its terms with OR');
  for (const subquery of query.queries) leavesOf(internals, subquery, options, out);
}

/** What scoring reads for every posting, worked out once per index state. */
interface Scorer {
  internals: MiniSearchInternals;
  /** Per field id, by short id: BM25's length normalisation `k · (1 − b + b · length / average)`. */
  norms: Float64Array[];
  /** Whether discarded items may still have postings (MiniSearch vacuums them away later). */
  dirty: boolean;
}

function createScorer(miniSearch: MiniSearch): Scorer {
  const internals = miniSearch as unknown as MiniSearchInternals;
  const { k, b } = internals._options.searchOptions.bm25;
  const averages = internals._avgFieldLength;
  const norms = averages.map(() => new Float64Array(internals._nextId));
  // Plain loops (no callback per document): the first query of a start runs this before the engine has optimised it.
  for (const [docId, lengths] of internals._fieldLength) {
    const fields = Math.min(lengths.length, norms.length);
    for (let fieldId = 0; fieldId < fields; fieldId++) {
      const length = lengths[fieldId];
      if (length !== undefined) norms[fieldId]![docId] = k * (1 - b + (b * length) / averages[fieldId]!);
    }
  }
  return { internals, norms, dirty: internals._dirtCount > 0 };
}

/** A word's hits while they are summed; the arrays by slot are scratch space shared by every word. */
interface Accumulator {
  slotOf: Int32Array;
  size: number;
  ids: Int32Array;
  scores: Float64Array;
  foundBy: FoundBy[];
}

let scratchIds = new Int32Array(0);
let scratchScores = new Float64Array(0);

function accumulator(count: number): Accumulator {
  if (scratchIds.length < count) {
    scratchIds = new Int32Array(count);
    scratchScores = new Float64Array(count);
  }
  return { slotOf: new Int32Array(count), size: 0, ids: scratchIds, scores: scratchScores, foundBy: [] };
}

/** `found` with `source` and `derived` added (itself when it has them: they are never changed). */
function adding(found: FoundBy, source: string, derived: string): FoundBy {
  const hasSource = found.sources.includes(source);
  const hasDerived = found.matched.includes(derived);
  if (hasSource && hasDerived) return found;
  return { sources: hasSource ? found.sources : [...found.sources, source], matched: hasDerived ? found.matched : [...found.matched, derived] };
}

function addPostings(scorer: Scorer, hits: Accumulator, source: string, derived: string, weight: number, data: TermData, boosts: Leaf['boosts']): void {
  const { internals, dirty } = scorer;
  const { k, d } = internals._options.searchOptions.bm25;
  const documentIds = internals._documentIds;
  const total = internals._documentCount;
  const { slotOf, ids, scores, foundBy } = hits;
  const alone: FoundBy = { sources: [source], matched: [derived] };
  // What an item found some other way becomes once this term finds it too.
  const next = new Map<FoundBy, FoundBy>();
  for (const [fieldId, boost] of boosts) {
    const postings = data.get(fieldId);
    if (!postings) continue;
    let live = postings.size;
    if (dirty) for (const docId of postings.keys()) if (!documentIds.has(docId)) live--;
    const idf = Math.log(1 + (total - live + 0.5) / (live + 0.5));
    const norms = scorer.norms[fieldId]!;
    const factor = weight * boost;
    postings.forEach((frequency, docId) => {
      if (dirty && !documentIds.has(docId)) return;
      // In MiniSearch's order of operations, so equal items get equal scores both ways.
      const score = factor * (idf * (d + (frequency * (k + 1)) / (frequency + norms[docId]!)));
      const slot = slotOf[docId]! - 1;
      if (slot < 0) {
        ids[hits.size] = docId;
        scores[hits.size] = score;
        foundBy[hits.size] = alone;
        slotOf[docId] = ++hits.size;
        return;
      }
      scores[slot] = scores[slot]! + score;
      const found = foundBy[slot]!;
      if (found === alone) return;
      let then = next.get(found);
      if (!then) next.set(found, (then = adding(found, source, derived)));
      foundBy[slot] = then;
    });
  }
}

/**
 * Every item matching an OR query (a word's `wordQuery`) with its score, as MiniSearch's
 * `search(query, options)` would sum it before its quality factor.
 */
export function scoreOrQuery(miniSearch: MiniSearch, query: Query, options: Inherited = {}, scorer: Scorer = createScorer(miniSearch)): WordHits {
  const internals = scorer.internals;
  const leaves: Leaf[] = [];
  leavesOf(internals, query, options, leaves);
  const fuzzyWeight = internals._options.searchOptions.weights.fuzzy;
  const hits = accumulator(internals._nextId);
  for (const leaf of leaves) {
    const data = internals._index.get(leaf.term);
    if (data) addPostings(scorer, hits, leaf.term, leaf.term, 1, data, leaf.boosts);
    if (leaf.maxDistance <= 0) continue;
    for (const [term, [near, distance]] of internals._index.fuzzyGet(leaf.term, leaf.maxDistance)) {
      if (distance === 0) continue;
      addPostings(scorer, hits, leaf.term, term, (fuzzyWeight * term.length) / (term.length + distance), near, leaf.boosts);
    }
  }
  return new WordHits(hits.slotOf, hits.ids.slice(0, hits.size), hits.scores.slice(0, hits.size), hits.foundBy);
}

/**
 * Calls `each` for every item all the words matched, with its score as MiniSearch's AND of the
 * words scores it (its quality factor included) and the indexed terms it matched through. A
 * single word's own lists are passed, not copies: `each` must not change them.
 */
export function forEachCommonHit(words: readonly WordHits[], each: (docId: number, score: number, matched: readonly string[]) => void): void {
  if (words.length === 0) return;
  if (words.length === 1) {
    const { ids, scores, foundBy } = words[0]!;
    for (let slot = 0; slot < ids.length; slot++) each(ids[slot]!, scores[slot]! * foundBy[slot]!.sources.length, foundBy[slot]!.matched);
    return;
  }
  const smallest = words.reduce((a, w) => (w.size < a.size ? w : a));
  const slots: number[] = [];
  for (const docId of smallest.ids) {
    let common = true;
    for (let w = 0; w < words.length && common; w++) common = (slots[w] = words[w]!.slotOf(docId)) >= 0;
    if (!common) continue;
    let score = 0;
    const sources: string[] = [];
    const matched: string[] = [];
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const slot = slots[w]!;
      score += word.scores[slot]!;
      for (const s of word.foundBy[slot]!.sources) if (!sources.includes(s)) sources.push(s);
      for (const m of word.foundBy[slot]!.matched) if (!matched.includes(m)) matched.push(m);
    }
    each(docId, score * sources.length, matched);
  }
}

/** The items every word matched (see `forEachCommonHit`), by short id. */
export function intersectWords(words: readonly WordHits[]): Map<number, { score: number; matched: readonly string[] }> {
  const combined = new Map<number, { score: number; matched: readonly string[] }>();
  forEachCommonHit(words, (docId, score, matched) => combined.set(docId, { score, matched }));
  return combined;
}

/** The key of an item by its short id. */
export const keyOfShortId = (miniSearch: MiniSearch, docId: number): string => (miniSearch as unknown as MiniSearchInternals)._documentIds.get(docId)!;

/** How many words' hits are kept per index. */
const KEPT_WORDS = 24;

interface KeptWords {
  /** Changes whenever an item is added or discarded, or the index vacuumed. */
  state: string;
  scorer: Scorer;
  words: Map<string, WordHits>;
}

const kept = new WeakMap<MiniSearch, KeptWords>();

const stateOf = (internals: MiniSearchInternals): string => `${internals._nextId}:${internals._documentCount}:${internals._dirtCount}`;

/**
 * `scoreOrQuery` of the query `make()` gives, kept under `key` while the index is unchanged. The
 * hits are shared: callers must not change them.
 */
export function keptWordHits(miniSearch: MiniSearch, key: string, make: () => Query, options: Inherited = {}): WordHits {
  const state = stateOf(miniSearch as unknown as MiniSearchInternals);
  let entry = kept.get(miniSearch);
  if (!entry || entry.state !== state) {
    entry = { state, scorer: createScorer(miniSearch), words: new Map() };
    kept.set(miniSearch, entry);
  }
  const found = entry.words.get(key);
  if (found) {
    // Most recently used last.
    entry.words.delete(key);
    entry.words.set(key, found);
    return found;
  }
  const hits = scoreOrQuery(miniSearch, make(), options, entry.scorer);
  entry.words.set(key, hits);
  if (entry.words.size > KEPT_WORDS) entry.words.delete(entry.words.keys().next().value!);
  return hits;
}

/** Forgets the words kept for this index, so the next search scores every word afresh (benchmarks). */
export function forgetKeptWords(miniSearch: MiniSearch): void {
  kept.delete(miniSearch);
}
