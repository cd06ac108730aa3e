/**
 * Finds a stored highlight again in a document's text, as Hypothesis's
 * `anchor()` does: trust the stored position if the quote is still there,
 * otherwise look for the quote (in Arabic-normalised form, exactly first, then
 * approximately) and pick the candidate whose quote, prefix, suffix and
 * position agree best with what was stored. A weak best candidate is refused:
 * an orphaned highlight is better than one silently drawn on the wrong words.
 */
import approxSearch from 'approx-string-match';
import {
  normalizeArabic,
  toNormalizedOffset,
  toOriginalRange,
  type NormalizedText,
} from '../arabic/normalize-arabic';
import type { RangeSelectors } from './selectors';

export type AnchorResult =
  | {
      /** exact: found at the stored position; moved: same (normalised) quote elsewhere; fuzzy: quote edited. */
      status: 'exact' | 'moved' | 'fuzzy';
      /** Offsets into the original document text. */
      start: number;
      end: number;
      /** Agreement of quote, context and position with the stored selectors, 0–1. */
      score: number;
    }
  | { status: 'orphan' };

export interface AnchorOptions {
  /** Candidates scoring below this are refused and the highlight is an orphan. */
  minScore?: number;
  /**
   * Normalised characters searched on each side of the old position (after a
   * narrow first pass) before the whole text is searched.
   */
  windowSize?: number;
}

/** A document prepared once for anchoring any number of highlights in it. */
export interface AnchorContext {
  readonly text: string;
  readonly normalized: NormalizedText;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2; // only a tie-breaker between equally good candidates
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * 0.75 accepts the quote intact with one side of its context rewritten (≈0.86)
 * or a fifth of the quote edited in its own context (≈0.89), and refuses the
 * same words found in unrelated context (≈0.70) or an approximate match in
 * unrelated context (≈0.6).
 */
export const DEFAULT_MIN_SCORE = 0.75;
/**
 * Unrelated Arabic snippets of 32 characters already reach ≈0.31 similarity
 * (p99 ≈0.44, max seen 0.66 over the corpus), because approximate search lines
 * up the common letters. A relocated quote must keep at least one side of its
 * context above that noise, so a common phrase is never moved into unrelated
 * text just because the quote itself still occurs there.
 */
const MIN_CONTEXT = 0.7;
/** A candidate this good found near the old position is taken without searching further. */
const CONFIDENT_SCORE = 0.88;
/** Normalised characters searched on each side of the old position in the first pass. */
const NEAR_RADIUS = 256;
export const DEFAULT_WINDOW_SIZE = 4096;

/** Normalises `text` once so that many highlights can be anchored in it cheaply. */
export function createAnchorContext(text: string): AnchorContext {
  return { text, normalized: normalizeArabic(text) };
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** What is being looked for, all in normalised form. */
interface Target {
  quote: string;
  prefix: string;
  suffix: string;
  hint: number;
  maxErrors: number;
}

/** Similarity 0–1 of `actual` to `expected` (1 − edit distance / length), as Hypothesis scores context. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  if (actual.length === 0) return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

interface Scored extends Candidate {
  score: number;
  /** The better of the prefix and suffix similarities. */
  context: number;
}

function score(text: string, c: Candidate, target: Target): Scored {
  const { quote, prefix, suffix, hint } = target;
  const quoteScore = 1 - c.errors / quote.length;
  const prefixScore = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
  const suffixScore = similarity(text.slice(c.end, c.end + suffix.length), suffix);
  const positionScore = 1 - Math.abs(c.start - hint) / Math.max(1, text.length);
  const total =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return { ...c, score: total / TOTAL_WEIGHT, context: Math.max(prefixScore, suffixScore) };
}

function better(a: Scored | null, b: Scored | null): Scored | null {
  return !a || (b && b.score > a.score) ? b : a;
}

/** The highest-scoring candidate that keeps some of its context, if any. */
function bestOf(text: string, candidates: Iterable<Candidate>, target: Target): Scored | null {
  let top: Scored | null = null;
  for (const c of candidates) {
    const s = score(text, c, target);
    if (s.context >= MIN_CONTEXT) top = better(top, s);
  }
  return top;
}

/**
 * The best match of the quote in `text[from, to)`: among its exact occurrences,
 * or, when none of those is convincing, also among approximate matches in the
 * gaps between them. (approx-string-match returns only the lowest-error
 * matches, so searching across an exact occurrence would hide an edited copy
 * of the quote that sits in its original context.)
 */
function searchRange(text: string, from: number, to: number, target: Target): Scored | null {
  const { quote, maxErrors } = target;
  // Search a slice so a miss in the window does not scan on to the end of the text.
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  const exact: Candidate[] = [];
  for (let at = hay.indexOf(quote); at !== -1; at = hay.indexOf(quote, at + 1)) {
    exact.push({ start: from + at, end: from + at + quote.length, errors: 0 });
  }
  const top = bestOf(text, exact, target);
  if ((top && top.score >= CONFIDENT_SCORE) || maxErrors === 0) return top;

  // A quote running past the edge of a window matches there clipped, with a
  // few errors; such matches are left to the next, wider pass.
  const low = from === 0 ? -1 : from + maxErrors;
  const high = to === text.length ? Infinity : to - maxErrors;
  const fuzzy: Candidate[] = [];
  const gapEnds = [...exact.map((c) => c.start), to];
  let gapStart = from;
  for (let i = 0; i < gapEnds.length; i++) {
    const gapEnd = gapEnds[i]!;
    if (gapEnd - gapStart >= quote.length - maxErrors) {
      for (const m of approxSearch(hay.slice(gapStart - from, gapEnd - from), quote, maxErrors)) {
        const c = { start: gapStart + m.start, end: gapStart + m.end, errors: m.errors };
        if (c.start > low && c.end < high) fuzzy.push(c);
      }
    }
    gapStart = Math.max(gapStart, exact[i]?.end ?? to);
  }
  return better(top, bestOf(text, fuzzy, target));
}

/** Whether the stored position still holds the quote, with at least one side of its context unchanged. */
function isAtStoredPosition(text: string, selectors: RangeSelectors): boolean {
  const { start, end } = selectors.position;
  const { exact, prefix, suffix } = selectors.quote;
  if (!(start >= 0 && end <= text.length && end - start === exact.length)) return false;
  if (text.slice(start, end) !== exact) return false;
  // A short quote can reappear at the same offset by coincidence after an edit;
  // unchanged context on one side rules that out.
  return text.slice(Math.max(0, start - prefix.length), start) === prefix || text.startsWith(suffix, end);
}

/**
 * Finds the stored highlight in `doc` (a text, or a context from
 * `createAnchorContext` when anchoring many highlights in one document).
 * Returns offsets into the original text, or `orphan` when no candidate
 * agrees well enough with the stored quote and context.
 */
export function anchor(
  doc: string | AnchorContext,
  selectors: RangeSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const context = typeof doc === 'string' ? createAnchorContext(doc) : doc;
  const { text, normalized } = context;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const windowSize = options.windowSize ?? DEFAULT_WINDOW_SIZE;

  if (isAtStoredPosition(text, selectors)) {
    return { status: 'exact', start: selectors.position.start, end: selectors.position.end, score: 1 };
  }

  const quote = normalizeArabic(selectors.quote.exact).text;
  if (quote.length === 0) return { status: 'orphan' };
  const target: Target = {
    quote,
    prefix: normalizeArabic(selectors.quote.prefix).text,
    suffix: normalizeArabic(selectors.quote.suffix).text,
    hint: toNormalizedOffset(normalized, selectors.position.start),
    maxErrors: Math.min(32, Math.floor(quote.length / 4)),
  };
  const norm = normalized.text;

  // Most edits are local, so look close to the old position first, then in a
  // wider window, and search the whole document only when nothing convincing
  // turned up nearby. Approximate search costs ~40 ns per character, so the
  // narrow first pass is what keeps edited quotes cheap.
  let top: Scored | null = null;
  for (const radius of [NEAR_RADIUS, windowSize, Infinity]) {
    const from = Math.max(0, target.hint - radius);
    const to = Math.min(norm.length, target.hint + quote.length + radius);
    top = better(top, searchRange(norm, from, to, target));
    if ((top && top.score >= CONFIDENT_SCORE) || (from === 0 && to === norm.length)) break;
  }

  if (!top || top.score < minScore) return { status: 'orphan' };
  const range = toOriginalRange(normalized, top.start, top.end);
  return { status: top.errors === 0 ? 'moved' : 'fuzzy', ...range, score: top.score };
}

/** Anchors every highlight of one document, normalising the document once. */
export function anchorAll(
  text: string,
  highlights: readonly RangeSelectors[],
  options: AnchorOptions = {},
): AnchorResult[] {
  const context = createAnchorContext(text);
  return highlights.map((selectors) => anchor(context, selectors, options));
}
