/**
 * Splits a decoded corpus file into typed blocks (title, headings, paragraphs, captions, credits,
 * related links, tags, site chrome). Pure: strings in, data out; no DOM, no Node APIs.
 *
 * One non-blank line is one block: the corpus was scraped line by line, so a line break is the
 * only structure the files reliably keep. Kinds are guessed from the line itself (length, final
 * punctuation, known phrases) and then from its position (before the first paragraph, between
 * paragraphs, or in the run of lines after the last one).
 */
import type { Block, BlockKind, CorpusDocument, CorpusEntry } from './corpus-types';
import { decodeCorpusFile } from './decode-corpus-file';

// Headings, titles and link titles in the corpus are at most ~75 characters; the shortest
// paragraph is ~80 and ends with a full stop. Anything longer than this is body text.
const MAX_SHORT_LINE_CHARS = 100;
// Tags are keywords, not sentences: "الأمم المتحدة", "قانون الإنفاق الدفاعي".
const MAX_TAG_CHARS = 40;
const MAX_TAG_WORDS = 5;
const MAX_CAPTION_CHARS = 300;
// A whole opening sentence this short makes a fine title; longer ones are cut at a word.
const MAX_DERIVED_TITLE_CHARS = 80;
const CUT_DERIVED_TITLE_AT = 70;
const MIN_TITLE_SENTENCE_CHARS = 20;

/** The article's own text, title included: what `wordCount` counts and what search looks in. */
export const ARTICLE_TEXT_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'heading', 'paragraph', 'caption', 'quote', 'list-item']);

/** Normalises a line just enough to compare it with a phrase list. */
function normalizeForMatch(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // harakat and tatweel: "تداولاً" is "تداولا"
    .replace(/[أإآ]/g, 'ا')
    .replace(/[\p{P}\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function phraseSet(phrases: string[]): ReadonlySet<string> {
  return new Set(phrases.map(normalizeForMatch));
}

// Phrases that introduce a link to another article: the line after them is that link.
const READ_ALSO = ['اقرأ أيضا', 'اقرأ المزيد', 'ذات صلة', 'مواضيع ذات صلة', 'read also', 'read more', 'related'];
const READ_ALSO_PHRASES = phraseSet(READ_ALSO);

// Site navigation scraped along with the article. Matched as whole lines only, so an article
// sentence that merely contains "تابعنا" is never hidden.
const SITE_CHROME_PHRASES = phraseSet([
  ...READ_ALSO,
  'تابعنا', 'تابعونا', 'تابعنا على', 'الأكثر تداولا', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر شعبية',
  'أخبار ذات صلة', 'شارك', 'شارك المقال', 'مشاركة', 'طباعة', 'إعلان', 'اشترك', 'اشترك الآن',
  'النشرة البريدية', 'تعليقات', 'أضف تعليقا', 'share', 'follow us', 'advertisement', 'most read',
]);

// "(AP)", "(Getty Images)", "(رويترز)": a photo credit closes a caption, never a sentence.
const PARENTHESISED_END = /\(([^()]{1,30})\)$/u;
const PHOTO_CREDIT_WORDS =
  /\b(?:AP|AFP|Reuters|Getty|EPA|Anadolu|DPA|Xinhua|Shutterstock)\b|رويترز|الأناضول|فرانس برس|أ ف ب|أرشيف|صورة/iu;
const CAPTION_PREFIX = /^(?:الصورة|صورة|photo)\s*:/iu;
// "كتب" also means "books", so it only counts as a byline with a colon: "كتب: فلان".
const BYLINE_PREFIX = /^(?:(?:بقلم|by)[\s:]|(?:كتب|كتبت|كتبه|إعداد|تحرير)\s*:)/iu;
const SOURCE_PREFIX = /^(?:المصدر|source)\s*:/iu;
const SOURCE_WORDS = /وكالات|وكالة|المصدر|موقع|صحيفة|جريدة|نقلا عن|نقلاً عن|agencies/iu;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;
// Dashes and bullets mark list items; "***" and the like are section breaks, not bullets.
const BULLET_ONLY = /^[-–—•·\s]+$/u;
// Closing quotes and brackets are looked through: `قال "نعم".` and `قال "نعم."` both end a sentence.
const TRAILING_CLOSERS = /["'”’»)\]\s]+$/u;
// A question mark is left out on purpose: headlines often ask ("تجاهل أم استراتيجية؟").
const SENTENCE_PUNCTUATION_END = /[.!…،,;؛]$/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Non-blank lines, with offsets narrowed to their first and last non-whitespace character. */
function findLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\r\n\u2028\u2029]+/g)) {
    const trimmed = match[0].trim();
    if (trimmed === '') continue;
    const start = match.index + match[0].length - match[0].trimStart().length;
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}

/**
 * Counts words: runs without spaces holding a letter or a digit. Imported files count the same
 * way, so a .txt file and the same article saved as .html have the same word count.
 *
 * @param text any text.
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function endsLikeSentence(line: string): boolean {
  return SENTENCE_PUNCTUATION_END.test(line.replace(TRAILING_CLOSERS, ''));
}

function endsWithPhotoCredit(line: string): boolean {
  const credit = PARENTHESISED_END.exec(line)?.[1];
  return credit !== undefined && PHOTO_CREDIT_WORDS.test(credit);
}

function isShort(line: string): boolean {
  return line.length <= MAX_SHORT_LINE_CHARS;
}

/**
 * What a line is on its own, or null for a short line whose kind depends on where it sits.
 * `previous` is the preceding non-blank line, needed for related links.
 */
function kindFromLine(line: string, previous: string | undefined): BlockKind | null {
  if (PUNCTUATION_ONLY.test(line) || SITE_CHROME_PHRASES.has(normalizeForMatch(line))) return 'boilerplate';
  // Related-article lists are bulleted with "-" lines or introduced by "اقرأ أيضا".
  const introducesLink =
    previous !== undefined && (BULLET_ONLY.test(previous) || READ_ALSO_PHRASES.has(normalizeForMatch(previous)));
  if (introducesLink && isShort(line)) return 'related-link';
  if (line.length <= MAX_CAPTION_CHARS && (endsWithPhotoCredit(line) || CAPTION_PREFIX.test(line))) return 'caption';
  if (isShort(line) && BYLINE_PREFIX.test(line) && !endsLikeSentence(line)) return 'byline';
  if (isShort(line) && SOURCE_PREFIX.test(line)) return 'source';
  if (!isShort(line) || endsLikeSentence(line)) return 'paragraph';
  return null;
}

function isTagLike(line: string): boolean {
  return line.length <= MAX_TAG_CHARS && countWords(line) <= MAX_TAG_WORDS;
}

/**
 * Decides the short lines by position. Before the first paragraph the first one is the title;
 * between paragraphs they are headings; after the last paragraph they are credits and tags,
 * because that is where sites put them and a heading there would introduce nothing.
 */
function classifyLines(lines: Line[]): BlockKind[] {
  const kinds = lines.map((line, index) => kindFromLine(line.text, lines[index - 1]?.text));
  const firstParagraph = kinds.indexOf('paragraph');
  const lastParagraph = kinds.lastIndexOf('paragraph');
  // With no paragraph there is no structure to lean on: keep every short line as body text.
  if (lastParagraph === -1) return kinds.map((kind) => kind ?? 'paragraph');

  let hasTitle = false;
  let hasSource = kinds.includes('source');
  const tagCandidates: number[] = [];
  const decided = kinds.map((kind, index): BlockKind | null => {
    if (kind !== null) return kind;
    if (index < firstParagraph && !hasTitle) {
      hasTitle = true;
      return 'title';
    }
    if (index < lastParagraph) return 'heading';
    const text = lines[index]?.text ?? '';
    // A credit names an outlet or agency ("TRT عربي - وكالات"), or directly follows the byline.
    if (!hasSource && (SOURCE_WORDS.test(text) || kinds[index - 1] === 'byline')) {
      hasSource = true;
      return 'source';
    }
    if (isTagLike(text)) {
      tagCandidates.push(index);
      return null;
    }
    return 'paragraph';
  });
  // A single short line closing an article is far more often a credit than a lone tag.
  const loneCredit = tagCandidates.length === 1 && !hasSource;
  return decided.map((kind) => kind ?? (loneCredit ? 'source' : 'tag'));
}

/**
 * A short title from an article's opening: its first sentence when that is short enough, otherwise
 * a clean phrase from its start: cut at the last clause mark (، , ; ؛ : – —) that leaves a title of
 * reasonable length, else before the last word that opens a new phrase (a preposition, a
 * conjunction, إن/أن, a relative pronoun, a prefixed ل/و/ب), else at a word boundary. Never an
 * ellipsis (titles become file names); quotes the cut leaves open are closed, so «» and “” pair up.
 *
 * @param opening the first paragraph's text.
 */
export function deriveTitle(opening: string): string {
  // A lone full stop, "!", "?" or "؟", then closing quotes, then a space or the end. ".." and "…"
  // are left out: Arabic news uses them as pauses inside a sentence.
  const sentenceEnds = /(?:(?<!\.)\.(?!\.)|[!?؟])(["'”’»)]*)(?=\s|$)/gu;
  for (const end of opening.matchAll(sentenceEnds)) {
    // Skip abbreviations such as "د." so that a title is not one letter long.
    if (end.index < MIN_TITLE_SENTENCE_CHARS) continue;
    const mark = end[0].startsWith('.') ? '' : end[0].charAt(0);
    const sentence = opening.slice(0, end.index) + mark + (end[1] ?? '');
    if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return balanceQuotes(sentence);
    break;
  }
  if (opening.length <= MAX_DERIVED_TITLE_CHARS) return balanceQuotes(opening);
  return balanceQuotes(trimDangling(opening.slice(0, phraseEnd(opening))));
}

// Words that open a new phrase: cutting before one leaves the phrase before it whole.
const PHRASE_OPENERS = new Set(
  'في من إلى الى على عن مع بعد قبل حول ضد عبر خلال منذ حتى بين لدى عند نحو دون وفق بسبب إن أن إنه أنه إنها أنها لكن ولكن بل ثم أو أم الذي التي الذين اللذين اللتين حيث كما بينما عندما لأن كي لكي'.split(' '),
);
// Prefixed conjunctions and prepositions (و، ف، ل، ب) on a word of some length: "للتشاور", "وقال".
const PREFIXED_OPENER = /^(?:و|ف|لل|ل|ب)[\u0621-\u064A]{3,}$/u;
const CLAUSE_MARK = /\s*[،,;؛:]\s|\s[–—-]\s/gu;

/** Where a long opening's title ends (exclusive): a clause mark, else a phrase opener, else a word boundary. */
function phraseEnd(opening: string): number {
  const fits = (at: number) => at >= MIN_TITLE_SENTENCE_CHARS && at <= MAX_DERIVED_TITLE_CHARS;
  let clause = -1;
  for (const mark of opening.matchAll(CLAUSE_MARK)) if (fits(mark.index)) clause = mark.index;
  if (clause > 0) return clause;
  let opener = -1;
  for (const word of opening.matchAll(/\s(\S+)/gu)) {
    if (!fits(word.index)) continue;
    const bare = (word[1] ?? '').replace(/^[«“"(]+/u, '');
    if (PHRASE_OPENERS.has(bare) || PREFIXED_OPENER.test(bare)) opener = word.index;
  }
  if (opener > 0) return opener;
  const head = opening.slice(0, CUT_DERIVED_TITLE_AT + 1);
  const lastSpace = head.search(/\s\S*$/);
  return lastSpace > 0 ? lastSpace : Array.from(head).slice(0, -1).join('').length;
}

/** Drops separators and opening quotes left dangling at the end of a cut (closing ones stay). */
function trimDangling(title: string): string {
  return title.replace(/[\s،,:;؛\-–—«“"(]+$/u, '');
}

const QUOTE_PAIRS: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
];

/** Closes the quotes a cut left open («…» and “…”, and a lone straight "), innermost first. */
export function balanceQuotes(title: string): string {
  const open: string[] = [];
  for (const char of title) {
    const pair = QUOTE_PAIRS.find(([start]) => start === char);
    if (pair) open.push(pair[1]);
    else if (QUOTE_PAIRS.some(([, close]) => close === char) && open[open.length - 1] === char) open.pop();
  }
  const straight = (title.match(/"/g) ?? []).length % 2 === 1 ? '"' : '';
  return title + straight + open.reverse().join('');
}

function uniqueTexts(blocks: Block[], kind: BlockKind): string[] {
  return [...new Set(blocks.filter((block) => block.kind === kind).map((block) => block.text))];
}

/**
 * Parses the decoded text of one corpus file into a document. Never throws and never drops a
 * character: every block's `text` is `text.slice(start, end)`, and what lies between blocks is
 * whitespace only.
 *
 * @param id the file stem, kept as the document's stable id.
 * @param fileName the corpus file's name.
 * @param text the whole decoded file.
 */
export function parseCorpusText(id: string, fileName: string, text: string): CorpusDocument {
  const lines = findLines(text);
  const kinds = classifyLines(lines);
  const blocks: Block[] = lines.map((line, index) => ({ kind: kinds[index] ?? 'paragraph', ...line }));

  const titleBlock = blocks.find((block) => block.kind === 'title');
  const opening = blocks.find((block) => block.kind === 'paragraph') ?? blocks.find((block) => ARTICLE_TEXT_KINDS.has(block.kind));
  const title = titleBlock?.text ?? (opening ? deriveTitle(opening.text) : id);

  return {
    id,
    fileName,
    text,
    title,
    titleDerived: titleBlock === undefined,
    blocks,
    wordCount: blocks.filter((block) => ARTICLE_TEXT_KINDS.has(block.kind)).reduce((sum, block) => sum + countWords(block.text), 0),
    source: blocks.find((block) => block.kind === 'source')?.text ?? null,
    byline: blocks.find((block) => block.kind === 'byline')?.text ?? null,
    // Related-article boxes repeat links; a reader wants each once. The blocks keep every copy.
    tags: uniqueTexts(blocks, 'tag'),
    relatedLinks: uniqueTexts(blocks, 'related-link'),
  };
}

/**
 * Decodes and parses one corpus file. Never throws: a file that cannot be read becomes an
 * error entry with a message for the reader.
 *
 * @param fileName the file's name, e.g. `003_a77fd7e03d334798.txt`.
 * @param bytes the file's contents, unchanged.
 */
export function loadCorpusFile(fileName: string, bytes: Uint8Array): CorpusEntry {
  const decoded = decodeCorpusFile(fileName, bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, document: parseCorpusText(decoded.id, fileName, decoded.text) };
  } catch (error) {
    // The parser is written not to throw; this keeps one bad file from breaking the library.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { id: decoded.id, fileName, reason: { id: 'corpus.error.unsplittable', values: { file: fileName, detail } } } };
  }
}
