/**
 * Where a search hit is in an item's original text, and the excerpt shown around it.
 *
 * The index says which item matched and through which words; this re-tokenises the item's
 * text with our offset map and picks the first best position: a phrase of the query words
 * first, then an exact word, then a word sharing a stem, then a near spelling. The offsets
 * are into the original text, so the reader can select exactly the characters as written,
 * diacritics included.
 */
import { tokenizeArabic, type Token } from './tokenize-arabic';

/** What to look for, all in normalised form. */
export interface MatchTargets {
  /** Word sequences (normalised words), best first: quoted phrases, then the query's words in order. */
  phrases: readonly (readonly string[])[];
  /** Words found as they are. */
  exact: ReadonlySet<string>;
  /** Stems (a token matches when its stem is one of these). */
  stems: ReadonlySet<string>;
  /** Other indexed words the query reached by spelling tolerance. */
  fuzzy: ReadonlySet<string>;
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

function findPhrase(tokens: readonly Token[], phrase: readonly string[]): Located | null {
  if (phrase.length === 0) return null;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((word, k) => tokens[i + k]!.term === word)) {
      return { start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end };
    }
  }
  return null;
}

function findToken(tokens: readonly Token[], matches: (token: Token) => boolean): Located | null {
  const token = tokens.find(matches);
  return token ? { start: token.start, end: token.end } : null;
}

/** The ways to find a match, best first, each tried over all texts before the next. */
function strategies(targets: MatchTargets): ((tokens: readonly Token[]) => Located | null)[] {
  return [
    ...targets.phrases.filter((p) => p.length > 1).map((phrase) => (tokens: readonly Token[]) => findPhrase(tokens, phrase)),
    (tokens) => findToken(tokens, (t) => targets.exact.has(t.term)),
    (tokens) => findToken(tokens, (t) => targets.stems.has(t.stem)),
    (tokens) => findToken(tokens, (t) => targets.fuzzy.has(t.term)),
  ];
}

/**
 * The first best match among several texts of an item, tried in the given order for each
 * kind of match; `which` is the index of the text it is in. Null when none has one.
 */
export function locateBestMatch(texts: readonly string[], targets: MatchTargets): (Located & { which: number }) | null {
  const tokenized: (Token[] | undefined)[] = [];
  const tokensOf = (i: number): Token[] => (tokenized[i] ??= tokenizeArabic(texts[i]!));
  for (const strategy of strategies(targets)) {
    for (let i = 0; i < texts.length; i++) {
      const found = strategy(tokensOf(i));
      if (found) return { ...found, which: i };
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
