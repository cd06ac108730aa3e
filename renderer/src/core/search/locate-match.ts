/**
 * Where a search hit is in an item's original text, and the excerpt shown around it.
 *
 * The index says which item matched and through which words; this looks for them in the
 * item's normalised text, mapped back with our offset map, and picks the first best position: a phrase of the query words
 * first, then an exact word, then a word sharing a stem, then a near spelling. The offsets
 * are into the original text, so the reader can select exactly the characters as written,
 * diacritics included.
 */
import { normalizeArabic, type NormalizedText } from '../arabic/normalize-arabic';
import { isProcliticForm, stemArabic } from './arabic-stemmer';
import { originalWordRange } from './tokenize-arabic';

/** What to look for, all in normalised form. */
export interface MatchTargets {
  /**
   * Word sequences (normalised words), best first: quoted phrases, then the query's words in
   * order. The first word may carry a conjunction or preposition (`isProcliticForm`).
   */
  phrases: readonly (readonly string[])[];
  /** Words found as they are. */
  exact: ReadonlySet<string>;
  /** Stems (a word matches when its stem is one of these). */
  stems: ReadonlySet<string>;
  /** Other indexed words the query reached by spelling tolerance. */
  fuzzy: ReadonlySet<string>;
  /** Stems the query reached by spelling tolerance (a slip in a prefixed form). */
  fuzzyStems?: ReadonlySet<string>;
}

/** The text around a match, cut at word boundaries within its line; "…" marks a cut. */
export interface Excerpt {
  before: string;
  /** Exactly the original matched text, diacritics included. */
  match: string;
  after: string;
}

export interface Located {
  start: number;
  end: number;
}

/** How many characters of context an excerpt shows on each side of the match, before cutting at a word. */
const CONTEXT_CHARS = 40;

/** A word of a normalised text: `[start, end)` there. */
type Span = [number, number];

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether the code unit at `i` belongs to a word (a surrogate pair is judged as its code point). */
function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const unit = text.charCodeAt(i);
  const at = unit >= 0xdc00 && unit <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** The word around position `at` (which is inside it). */
function wordAround(text: string, at: number): Span {
  let start = at;
  while (isWordUnit(text, start - 1)) start--;
  let end = at;
  while (isWordUnit(text, end)) end++;
  return [start, end];
}

/** The first word starting at or after `from`, past any separators; null at the end. */
function wordAfter(text: string, from: number): Span | null {
  let start = from;
  while (start < text.length && !isWordUnit(text, start)) start++;
  return start < text.length ? wordAround(text, start) : null;
}

/**
 * The first match in reading order: every word that can match contains one of `needles`, so
 * only the words around their occurrences are checked (`verify` gives the match starting with
 * that word, or null), never the whole text word by word.
 */
function findFirst(text: string, needles: Iterable<string>, verify: (word: Span, term: string) => Span | null): Span | null {
  let best: Span | null = null;
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = text.indexOf(needle); at !== -1 && (best === null || at < best[0]); at = text.indexOf(needle, at + 1)) {
      const word = wordAround(text, at);
      if (best !== null && word[0] >= best[0]) break;
      const found = verify(word, text.slice(word[0], word[1]));
      if (found) best = found;
      else at = Math.max(at, word[1] - 1);
    }
  }
  return best;
}

/** The phrase starting with this word: its first word possibly with a proclitic, the others as they are. */
function phraseFrom(text: string, first: Span, term: string, phrase: readonly string[]): Span | null {
  if (!isProcliticForm(term, phrase[0]!)) return null;
  let end = first[1];
  for (let k = 1; k < phrase.length; k++) {
    const next = wordAfter(text, end);
    if (!next || text.slice(next[0], next[1]) !== phrase[k]) return null;
    end = next[1];
  }
  return [first[0], end];
}

/** A phrase's first word in every written form contains this (ل + ال is written لل: للامم). */
const phraseNeedle = (first: string): string => (first.startsWith('ال') ? first.slice(1) : first);

/** The ways to find a match in a normalised text, best first, each tried over all texts before the next. */
function strategies(targets: MatchTargets): ((text: string) => Span | null)[] {
  const word = (needles: Iterable<string>, matches: (term: string) => boolean) => (text: string) =>
    findFirst(text, needles, (span, term) => (matches(term) ? span : null));
  return [
    ...targets.phrases
      .filter((p) => p.length > 1)
      .map((phrase) => (text: string) => findFirst(text, [phraseNeedle(phrase[0]!)], (span, term) => phraseFrom(text, span, term, phrase))),
    word(targets.exact, (term) => targets.exact.has(term)),
    word(targets.stems, (term) => targets.stems.has(stemArabic(term))),
    word(targets.fuzzy, (term) => targets.fuzzy.has(term)),
    word(targets.fuzzyStems ?? [], (term) => targets.fuzzyStems!.has(stemArabic(term))),
  ];
}

/** Each text normalised when first asked for. */
function memoizedNormalizer(texts: readonly string[]): (i: number) => NormalizedText {
  const normalized: (NormalizedText | undefined)[] = [];
  return (i) => (normalized[i] ??= normalizeArabic(texts[i]!));
}

/**
 * The first best match among several texts of an item, tried in the given order for each
 * kind of match; `which` is the index of the text it is in. Null when none has one.
 * A light stem is always a piece of its word, so every kind of match is found from where its
 * word, stem or a phrase's first word occurs in the normalised text. `normalizedOf(i)` gives
 * `texts[i]` normalised (the caller may keep them across searches).
 */
export function locateBestMatch(
  texts: readonly string[],
  targets: MatchTargets,
  normalizedOf: (i: number) => NormalizedText = memoizedNormalizer(texts),
): (Located & { which: number }) | null {
  for (const strategy of strategies(targets)) {
    for (let i = 0; i < texts.length; i++) {
      const span = strategy(normalizedOf(i).text);
      if (span) return { ...originalWordRange(texts[i]!, normalizedOf(i), span[0], span[1]), which: i };
    }
  }
  return null;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** Where an excerpt around `[start, end)` runs (`[from, to)`), and the line it is cut from. */
export interface ExcerptBounds {
  from: number;
  to: number;
  lineStart: number;
  lineEnd: number;
}

/** Up to ~40 characters either side of `[start, end)`, within its line, cut between words. */
export function excerptBounds(text: string, start: number, end: number): ExcerptBounds {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  let from = Math.max(lineStart, start - CONTEXT_CHARS);
  if (from > lineStart && !isSpace(text[from - 1])) {
    // Cut inside a word: drop its tail, unless the whole context is one long word.
    let next = from;
    while (next < start && !isSpace(text[next])) next++;
    if (next < start) from = next;
  }
  let to = Math.min(lineEnd, end + CONTEXT_CHARS);
  if (to < lineEnd && !isSpace(text[to])) {
    let previous = to;
    while (previous > end && !isSpace(text[previous - 1])) previous--;
    if (previous > end) to = previous;
  }
  return { from, to, lineStart, lineEnd };
}

/** The excerpt around `[start, end)` (see `excerptBounds`) as text before, the match, text after. */
export function excerptAround(text: string, start: number, end: number): Excerpt {
  const { from, to, lineStart, lineEnd } = excerptBounds(text, start, end);
  const before = collapse(text.slice(from, start)).trimStart();
  const after = collapse(text.slice(end, to)).trimEnd();
  return {
    before: from > lineStart ? `…${before}` : before,
    match: text.slice(start, end),
    after: to < lineEnd ? `${after}…` : after,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}
