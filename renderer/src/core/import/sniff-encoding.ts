/**
 * How to tell which encoding a file's bytes are in when UTF-8 does not fit them: UTF-16 without
 * a byte-order mark, an HTML page's declared charset, and the two legacy Arabic code pages.
 * Every guess is checked by decoding strictly and looking at the text that comes out.
 */
import { detectAll } from 'jschardet';
import type { TextEncodingName } from './import-types';
import { textProblem } from './readable-text';

type LegacyEncoding = 'windows-1256' | 'iso-8859-6';

// How HTML declares its encoding, in both spellings:
// <meta charset="windows-1256"> and <meta http-equiv="Content-Type" content="text/html; charset=cp1256">.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i;
// Browsers look for the declaration in the first 1024 bytes; so do we.
const META_PRESCAN_BYTES = 1024;

// In UTF-16, an Arabic letter's high byte is 0x06 and a space's or a Latin letter's is 0x00. In
// UTF-8, Windows-1256 and ISO-8859-6 text neither byte ever appears, so their position tells.
const UTF16_HIGH_BYTES: ReadonlySet<number> = new Set([0x00, 0x06]);
const MIN_HIGH_BYTE_SHARE = 0.5;
const MAX_LOW_BYTE_SHARE = 0.1;

// jschardet's names for the encodings we can decode.
const DETECTED_NAMES: Readonly<Record<string, TextEncodingName>> = {
  'windows-1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'utf-16-le': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16-be': 'utf-16be',
  'utf-16be': 'utf-16be',
};

const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;
const ARABIC_LETTERS = /(?=\p{L})\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTERS = /\p{L}/gu;
// Arabic read through the wrong code page puts accented Latin letters inside Arabic words
// ("çلكè"). A real article may attach a prefix to a Latin name ("وTwitter"), but rarely.
const MAX_MIXED_WORD_SHARE = 0.05;
// Below this jschardet is guessing (a few words of text), and the scored choice, which prefers
// the far more common Windows-1256 when both readings are all Arabic, is right more often.
// From about 40 characters on, every stretch of the seed corpus is read right either way.
const MIN_DETECTOR_CONFIDENCE = 0.3;
// A wrong code page garbles a whole file alike, so its opening tells as much as all of a long book.
const SAMPLE_CHARS = 200_000;

/**
 * Decodes bytes exactly as the given encoding, or returns null when they are not valid in it.
 * A byte-order mark is never removed here: the caller strips it, so the text starts at the
 * file's first real character whatever the encoding.
 */
export function decodeStrictly(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The byte order of UTF-16 text that has no byte-order mark, or null when the bytes do not look
 * like UTF-16 Arabic or Latin text.
 *
 * @param bytes a file's contents.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  bytes.forEach((byte, index) => {
    if (!UTF16_HIGH_BYTES.has(byte)) return;
    if (index % 2 === 0) even += 1;
    else odd += 1;
  });
  const units = bytes.length / 2;
  if (odd >= units * MIN_HIGH_BYTE_SHARE && even <= units * MAX_LOW_BYTE_SHARE) return 'utf-16le';
  if (even >= units * MIN_HIGH_BYTE_SHARE && odd <= units * MAX_LOW_BYTE_SHARE) return 'utf-16be';
  return null;
}

/**
 * The legacy Arabic encoding an HTML page declares in a `<meta>` tag, or null. The declared
 * label is resolved as browsers resolve it, so aliases such as `cp1256` and `arabic` count.
 * UTF-8 and UTF-16 declarations are not returned: UTF-8 is tried before this anyway, and a
 * UTF-16 declaration that can be read as ASCII is wrong by definition (browsers ignore it too).
 *
 * @param bytes an HTML file's contents.
 */
export function declaredHtmlCharset(bytes: Uint8Array): LegacyEncoding | null {
  const head = String.fromCharCode(...bytes.subarray(0, META_PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === 'windows-1256' || encoding === 'iso-8859-6' ? encoding : null;
  } catch {
    return null; // Not an encoding label a browser knows.
  }
}

function arabicLetterShare(text: string): number {
  const letters = text.match(LETTERS)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(ARABIC_LETTERS)?.length ?? 0) / letters;
}

function mixesScriptsWithinWords(text: string): boolean {
  let arabicWords = 0;
  let mixedWords = 0;
  for (const word of text.slice(0, SAMPLE_CHARS).split(/\s+/)) {
    if (!ARABIC_LETTER.test(word)) continue;
    arabicWords += 1;
    if (LATIN_LETTER.test(word)) mixedWords += 1;
  }
  return mixedWords > arabicWords * MAX_MIXED_WORD_SHARE;
}

/** jschardet's confident guesses that we can decode, likeliest first. */
function detectedCandidates(bytes: Uint8Array): TextEncodingName[] {
  return detectAll(bytes).flatMap((result) => {
    const name = result.encoding === null ? undefined : DETECTED_NAMES[result.encoding.toLowerCase()];
    return name === undefined || result.confidence < MIN_DETECTOR_CONFIDENCE ? [] : [name];
  });
}

/** Both Arabic code pages, the one that reads as more Arabic first (on a tie Windows-1256, by far the commoner). */
function scoredCandidates(bytes: Uint8Array): LegacyEncoding[] {
  // One byte is one character in both, so the sample never splits a character.
  const sample = bytes.subarray(0, SAMPLE_CHARS);
  const share = (encoding: LegacyEncoding) => arabicLetterShare(decodeStrictly(encoding, sample) ?? '');
  return share('iso-8859-6') > share('windows-1256') ? ['iso-8859-6', 'windows-1256'] : ['windows-1256', 'iso-8859-6'];
}

/**
 * Decodes bytes that are not UTF-8 as the first of jschardet's guesses that reads as clean text,
 * else as whichever Arabic code page reads as more Arabic; null when no reading is clean. Clean
 * means: valid in the encoding, no control or replacement characters, and no words that mix
 * Arabic and Latin letters the way a wrong code page does.
 *
 * @param bytes a file's contents, already known not to be UTF-8.
 */
export function detectLegacyEncoding(bytes: Uint8Array): { encoding: TextEncodingName; text: string } | null {
  const candidates = new Set<TextEncodingName>([...detectedCandidates(bytes), ...scoredCandidates(bytes)]);
  for (const encoding of candidates) {
    const text = decodeStrictly(encoding, bytes);
    if (text !== null && textProblem(text) === null && !mixesScriptsWithinWords(text)) return { encoding, text };
  }
  return null;
}
