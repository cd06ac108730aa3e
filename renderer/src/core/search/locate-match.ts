/**
 * Where a search hit is in an item's original text, and the excerpt shown around it.
 *
 * The index says which item matched and through which words; this re-tokenises the item's
 * text with our offset map and picks the first best position: a phrase of the query words
 * first, then an exact word, then a word sharing a stem, then a near spelling. The offsets
 * are into the original text, so the reader can select exactly the characters as written,
 * diacritics included.
 */
import { normalizeArabic, type NormalizedText } from '../arabic/normalize-arabic';
import { isProcliticForm, stemArabic } from './arabic-stemmer';
import { originalWordRange, wordsOf, type NormalizedWord } from './tokenize-arabic';

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

/** A match as the first and last word of it (indexes into the words). */
type WordSpan = [number, number];

function findPhrase(words: readonly NormalizedWord[], phrase: readonly string[]): WordSpan | null {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (isProcliticForm(words[i]!.term, phrase[0]!) && phrase.every((word, k) => k === 0 || words[i + k]!.term === word)) {
      return [i, i + phrase.length - 1];
    }
  }
  return null;
}

function findWord(words: readonly NormalizedWord[], matches: (term: string) => boolean): WordSpan | null {
  const i = words.findIndex((w) => matches(w.term));
  return i === -1 ? null : [i, i];
}

/** The ways to find a match, best first, each tried over all texts before the next. */
function strategies(targets: MatchTargets): ((words: readonly NormalizedWord[]) => WordSpan | null)[] {
  return [
    ...targets.phrases.filter((p) => p.length > 1).map((phrase) => (words: readonly NormalizedWord[]) => findPhrase(words, phrase)),
    (words) => findWord(words, (term) => targets.exact.has(term)),
    (words) => findWord(words, (term) => targets.stems.has(stemArabic(term))),
    (words) => findWord(words, (term) => targets.fuzzy.has(term)),
    (words) => (targets.fuzzyStems?.size ? findWord(words, (term) => targets.fuzzyStems!.has(stemArabic(term))) : null),
  ];
}

/**
 * The first best match among several texts of an item, tried in the given order for each
 * kind of match; `which` is the index of the text it is in. Null when none has one.
 */
export function locateBestMatch(texts: readonly string[], targets: MatchTargets): (Located & { which: number }) | null {
  const normalized: (NormalizedText | undefined)[] = [];
  const words: (NormalizedWord[] | undefined)[] = [];
  const normalizedOf = (i: number): NormalizedText => (normalized[i] ??= normalizeArabic(texts[i]!));
  const wordsIn = (i: number): NormalizedWord[] => (words[i] ??= wordsOf(normalizedOf(i).text));
  for (const strategy of strategies(targets)) {
    for (let i = 0; i < texts.length; i++) {
      const span = strategy(wordsIn(i));
      if (!span) continue;
      const first = wordsIn(i)[span[0]]!;
      const last = wordsIn(i)[span[1]]!;
      return { ...originalWordRange(texts[i]!, normalizedOf(i), first.at, last.at + last.term.length), which: i };
    }
  }
  return null;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** Up to ~40 characters either side of `[start, end)`, within its line, cut between words. */
export function excerptAround(text: string, start: number, end: number): Excerpt {
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
