/**
 * A deterministic large document and set of highlights for benchmarking
 * `anchor()`. Pure: the caller reads the corpus and passes its sentences.
 *
 * Each highlight is described on the document and then, for some of them, the
 * stored selectors are perturbed the way a revised article would perturb them:
 * from the anchor's point of view, text edited before a passage is a stale
 * position and a word edited inside it is a stale quote.
 */
import { describeRange, type RangeSelectors } from './selectors';

export type BenchHighlightKind =
  | 'unchanged' // found at the stored position
  | 'shifted' // text inserted or deleted before it: stale position, same quote
  | 'edited' // a word inside it was changed: stale quote, found approximately
  | 'diacritised'; // the stored quote carries tashkeel the document no longer has

export interface BenchHighlight {
  kind: BenchHighlightKind;
  selectors: RangeSelectors;
  /** Where the highlight belongs in the benchmark document. */
  expected: { start: number; end: number };
}

/** Mulberry32: a small, fast seeded PRNG, so every run builds the same fixture (and the benchmarks' generated books and articles the same text). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    }
    else bytes += 3;
  }
  return bytes;
}

/** Splits article text into sentences (on . ! ? ؟ and line breaks), dropping empty ones. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Builds a document of about `targetBytes` UTF-8 bytes from `sentences` in a
 * seeded random order: paragraphs of 2–6 sentences separated by newlines.
 * A small corpus repeats, which is the hard case for anchoring: every quote
 * occurs many times and only its context tells the occurrences apart.
 */
export function makeBenchDocument(sentences: readonly string[], targetBytes: number, seed = 1): string {
  if (sentences.length === 0) throw new Error('makeBenchDocument needs at least one sentence');
  const random = createRandom(seed);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const count = 2 + Math.floor(random() * 5);
    const picked: string[] = [];
    for (let i = 0; i < count; i++) picked.push(sentences[Math.floor(random() * sentences.length)]!);
    const paragraph = picked.join(' ');
    paragraphs.push(paragraph);
    bytes += utf8Length(paragraph) + 1;
  }
  return paragraphs.join('\n');
}

const TASHKEEL = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652'];
const isArabicLetter = (c: string) => c >= '\u0621' && c <= '\u064A';

/** Snaps `at` back to the start of the word it is in. */
function wordStart(text: string, at: number): number {
  while (at > 0 && !/\s/.test(text[at - 1]!)) at--;
  return at;
}

/** Snaps `at` forward to the end of the word it is in. */
function wordEnd(text: string, at: number): number {
  while (at < text.length && !/\s/.test(text[at]!)) at++;
  return at;
}

function withTashkeel(quote: string, random: () => number): string {
  let out = '';
  for (const c of quote) out += isArabicLetter(c) && random() < 0.5 ? c + TASHKEEL[Math.floor(random() * 5)]! : c;
  return out;
}

/**
 * Replaces one inner word of the stored quote with a different word of the
 * document: the document then holds an edited copy of what was highlighted.
 * Keeps the edit under a fifth of the quote so that it stays findable.
 */
function editInnerWord(quote: string, vocabulary: readonly string[], random: () => number): string | null {
  const words = quote.split(' ');
  if (words.length < 5) return null;
  const i = 1 + Math.floor(random() * (words.length - 2));
  const original = words[i]!;
  for (let attempt = 0; attempt < 20; attempt++) {
    const replacement = vocabulary[Math.floor(random() * vocabulary.length)]!;
    if (replacement !== original && Math.max(replacement.length, original.length) <= quote.length / 5) {
      words[i] = replacement;
      return words.join(' ');
    }
  }
  return null;
}

/**
 * Picks `count` passages of `text` (whole words, 20–160 characters) in a
 * seeded random way and returns their selectors: 60% unchanged, 20% with a
 * stale position, 15% with a word edited inside and 5% with a diacritised
 * stored quote, so that the exact, normalised and fuzzy paths all run.
 */
export function makeBenchHighlights(text: string, count: number, seed = 2): BenchHighlight[] {
  const random = createRandom(seed);
  const vocabulary = text.slice(0, 20_000).split(/\s+/).filter((w) => w.length >= 3);
  const highlights: BenchHighlight[] = [];
  while (highlights.length < count) {
    const start = wordStart(text, Math.floor(random() * (text.length - 200)));
    const end = wordEnd(text, start + 20 + Math.floor(random() * 140));
    const passage = text.slice(start, end);
    if (passage.trim().length < 20 || /\n/.test(passage)) continue;
    const selectors = describeRange(text, start, end);
    const expected = { start, end };
    const roll = random();

    if (roll < 0.6) {
      highlights.push({ kind: 'unchanged', selectors, expected });
    } else if (roll < 0.8) {
      // With the quote and both contexts repeated elsewhere, only the position
      // tells the copies apart, and a deliberately wrong one cannot.
      const { prefix, exact, suffix } = selectors.quote;
      const whole = prefix + exact + suffix;
      if (text.indexOf(whole) !== text.lastIndexOf(whole)) continue;
      const shift = (random() < 0.5 ? -1 : 1) * (1 + Math.floor(random() * 400));
      const from = Math.max(0, start + shift);
      const position = { ...selectors.position, start: from, end: from + passage.length };
      highlights.push({ kind: 'shifted', selectors: { ...selectors, position }, expected });
    } else if (roll < 0.95) {
      const stale = editInnerWord(passage, vocabulary, random);
      if (!stale) continue;
      const position = { ...selectors.position, end: start + stale.length };
      highlights.push({ kind: 'edited', selectors: { quote: { ...selectors.quote, exact: stale }, position }, expected });
    } else {
      const exact = withTashkeel(passage, random);
      const position = { ...selectors.position, end: start + exact.length };
      highlights.push({ kind: 'diacritised', selectors: { quote: { ...selectors.quote, exact }, position }, expected });
    }
  }
  return highlights;
}
