/**
 * Every matched word marked inside a hit's excerpt, not only the best match: all the query's
 * words, the forms found through their stems, and the near spellings that found the hit.
 *
 * The excerpt comes as parts in reading order, each plain or marked, each with its range in the
 * ORIGINAL text: a marked part is exactly `original.slice(start, end)`, diacritics included,
 * so the list can mark it as written; a plain part is that range with its whitespace collapsed
 * (and "…" where the excerpt is cut). The list builds text nodes and <mark> elements from the
 * parts, never HTML.
 */
import { toNormalizedOffset, type NormalizedText } from '../arabic/normalize-arabic';
import { stemArabic } from './arabic-stemmer';
import { excerptBounds, type Excerpt, type Located, type MatchTargets } from './locate-match';
import { originalWordRange, wordsOf } from './tokenize-arabic';

export interface ExcerptPart {
  text: string;
  marked: boolean;
  /** The part's range in the original text. */
  start: number;
  end: number;
}

/** An excerpt (text before, the best match, text after) with every matched word in it marked. */
export interface MarkedExcerpt extends Excerpt {
  parts: ExcerptPart[];
}

/** Whether a normalised word is one the query found (any of the targets' words, stems or near spellings). */
function isTarget(term: string, targets: MatchTargets): boolean {
  if (targets.exact.has(term) || targets.fuzzy.has(term)) return true;
  const stem = stemArabic(term);
  return targets.stems.has(stem) || (targets.fuzzyStems?.has(stem) ?? false);
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * The excerpt around the best match `best` of `original` (whose normalised form is
 * `normalized`), cut as `excerptAround` cuts it, as plain and marked parts: the best match
 * marked as one part (a phrase stays whole), and every other word in the excerpt that the
 * query found marked on its own.
 */
export function markExcerpt(original: string, normalized: NormalizedText, best: Located, targets: MatchTargets): ExcerptPart[] {
  const bounds = excerptBounds(original, best.start, best.end);
  const marks: Located[] = [];
  const from = toNormalizedOffset(normalized, bounds.from);
  const to = toNormalizedOffset(normalized, bounds.to);
  for (const { term, at } of wordsOf(normalized.text.slice(from, to))) {
    if (!isTarget(term, targets)) continue;
    const range = originalWordRange(original, normalized, from + at, from + at + term.length);
    // Inside the excerpt, and not a word of the best match (marked whole below).
    if (range.start < bounds.from || range.end > bounds.to || (range.start < best.end && range.end > best.start)) continue;
    marks.push(range);
  }
  marks.push(best);
  marks.sort((a, b) => a.start - b.start);

  const parts: ExcerptPart[] = [];
  let at = bounds.from;
  const plain = (end: number) => {
    if (end > at) parts.push({ text: collapse(original.slice(at, end)), marked: false, start: at, end });
  };
  for (const mark of marks) {
    plain(mark.start);
    parts.push({ text: original.slice(mark.start, mark.end), marked: true, start: mark.start, end: mark.end });
    at = mark.end;
  }
  plain(bounds.to);
  const first = parts[0]!;
  if (!first.marked) first.text = first.text.trimStart();
  if (bounds.from > bounds.lineStart) parts.unshift({ text: '…', marked: false, start: bounds.from, end: bounds.from });
  const last = parts.at(-1)!;
  if (!last.marked) last.text = last.text.trimEnd();
  if (bounds.to < bounds.lineEnd) parts.push({ text: '…', marked: false, start: bounds.to, end: bounds.to });
  return parts.filter((part) => part.text !== '');
}
