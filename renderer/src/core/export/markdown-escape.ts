/**
 * Plain text into Markdown that means what the text said, and right-to-left paragraphs that stay
 * right-to-left in viewers that pick a paragraph's direction from its first strong character.
 */

/** Right-to-left mark: invisible, strongly right-to-left, so it decides a paragraph's direction. */
export const RLM = '\u200F';

// Characters with a meaning anywhere in a CommonMark/GFM/Obsidian line: emphasis, code, links,
// images, HTML, entities, tables, strikethrough, highlights (==), tags and headings (#), escapes.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&=^$]/g;

// Only at the start of a line: block quotes and headings are covered above; these make lists,
// thematic breaks and setext underlines.
const LIST_MARKER_AT_START = /^([-+])(?=\s|$)/;
const ORDERED_MARKER_AT_START = /^(\d{1,9})([.)])(?=\s|$)/;

/**
 * Escapes one line of plain text so that Markdown renders it literally: every character that could
 * start emphasis, code, a link, HTML, an entity, a table cell, a tag or a heading gets a backslash,
 * and a line that would start a list or an indented code block is defused. Newlines are not
 * handled here: see `escapeMarkdownParagraphs`.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped.replace(LIST_MARKER_AT_START, '\\$1').replace(ORDERED_MARKER_AT_START, '$1\\$2');
}

/** Escapes text that sits inside a line (between other Markdown), keeping its spaces. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/** Defuses what would make a line a list item when it comes first on the line. */
export function escapeLineStart(line: string): string {
  return line.replace(LIST_MARKER_AT_START, '\\$1').replace(ORDERED_MARKER_AT_START, '$1\\$2');
}

/**
 * Escapes plain text that may hold several lines: each non-blank line becomes its own paragraph
 * (a blank line between), because a note's line breaks separate thoughts.
 */
export function escapeMarkdownParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map(escapeMarkdownLine);
}

const ARABIC_LETTER_CLASS = '[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]';
const ARABIC_LETTER = new RegExp(ARABIC_LETTER_CLASS, 'u');
const ARABIC_LETTERS = new RegExp(ARABIC_LETTER_CLASS, 'gu');
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;
// What a reader sees as the start of a paragraph: a letter or a digit of any script.
const FIRST_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a paragraph is Arabic: it has Arabic letters and at least as many of them as Latin ones,
 * so an English note that quotes one Arabic word stays left-to-right.
 */
export function isArabicParagraph(text: string): boolean {
  const arabic = text.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = text.match(LATIN_LETTERS)?.length ?? 0;
  return arabic > 0 && arabic >= latin;
}

/**
 * Whether an Arabic paragraph needs a leading RLM: its first letter or digit is not an Arabic
 * letter (a Latin word, a Latin or Arabic-Indic number, a Latin abbreviation). Digits are weak in
 * the bidi algorithm, but viewers that look at the first character rather than the first strong
 * one, and numbers followed by Latin, would still flip the paragraph, so they get the mark too.
 */
export function needsRlm(text: string): boolean {
  if (text.startsWith(RLM) || !isArabicParagraph(text)) return false;
  const first = FIRST_LETTER_OR_DIGIT.exec(text)?.[0];
  return first !== undefined && !ARABIC_LETTER.test(first);
}

// Markdown block markers that must stay first on the line: the RLM goes after them.
const BLOCK_PREFIX = /^(?:\s{0,3}(?:>\s?|[-+*]\s+|\d{1,9}[.)]\s+|#{1,6}\s+))*/;

/**
 * Puts an RLM at the start of a Markdown line's content (after any `>`, list or heading markers)
 * when that content is Arabic but starts with a Latin letter or a digit. Other lines are returned
 * unchanged, so the mark is only ever added where it changes the paragraph's direction.
 */
export function rtlSafeLine(line: string): string {
  const prefix = BLOCK_PREFIX.exec(line)?.[0] ?? '';
  const content = line.slice(prefix.length);
  return needsRlm(content) ? `${prefix}${RLM}${content}` : line;
}

/**
 * Applies `rtlSafeLine` to every line of a Markdown text, except inside fenced code blocks and
 * lines that belong to tables or raw HTML, where an extra character would change the meaning.
 */
export function rtlSafeMarkdown(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fenceMatch) {
        const marker = fenceMatch[1]!;
        if (fence === null) fence = marker;
        else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (fence !== null || /^\s*[|<]/.test(line)) return line;
      return rtlSafeLine(line);
    })
    .join('\n');
}

/** Text for inside `[…]` of a Markdown link or a wikilink alias: escaped, on one line. */
export function escapeLinkText(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}
