/**
 * Turns an imported file's bytes into text, or into a reason a user can act on. A file is either
 * decoded exactly or refused: text with replacement characters or control characters in it would
 * be mojibake, and highlights anchored to mojibake are lost the day the file is fixed.
 */
import type { TextEncodingName } from './import-types';
import { UNREADABLE, textProblem } from './readable-text';
import { declaredHtmlCharset, decodeStrictly, detectLegacyEncoding, utf16ByteOrder } from './sniff-encoding';

export type DecodeOutcome = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

const READABLE_ENCODINGS = 'UTF-8, UTF-16, Windows-1256 (Arabic) or ISO-8859-6';
const RESAVE = 'Save it again as UTF-8 and import it again.';

const BOMS: ReadonlyArray<{ encoding: TextEncodingName; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Accepts decoded text, or says in the user's terms why it is not text. */
function accept(name: string, encoding: TextEncodingName, text: string): DecodeOutcome {
  const problem = textProblem(text);
  if (problem === null) return { ok: true, text, encoding };
  if (problem === 'blank') return { ok: false, reason: `${name} contains only blank space, so there is nothing to import.` };
  const line = lineOf(text, UNREADABLE.exec(text)?.index ?? 0);
  if (problem === 'replacement') {
    return { ok: false, reason: `${name} has characters that cannot be read (line ${line}): it is damaged, or not in ${READABLE_ENCODINGS}. ${RESAVE}` };
  }
  return { ok: false, reason: `${name} has control characters in it (line ${line}), so it looks like a binary or damaged file rather than text.` };
}

/**
 * Decodes an imported file. In order: a byte-order mark decides (and is not part of the text);
 * UTF-16 without one is recognised by where its zero bytes fall; then strict UTF-8; then, for
 * HTML, the charset its `<meta>` declares; then Windows-1256 or ISO-8859-6 as detected. Empty,
 * blank, binary and undecodable files are refused with a reason that names the file.
 *
 * @param fileName the file's name, quoted in every reason.
 * @param bytes the file's contents, unchanged.
 * @param options `html: true` to honour a `<meta charset>` declaration.
 */
export function decodeText(fileName: string, bytes: Uint8Array, options: { html?: boolean } = {}): DecodeOutcome {
  const name = `“${fileName}”`;
  if (bytes.length === 0) return { ok: false, reason: `${name} is empty, so there is nothing to import.` };

  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (bom) {
    const text = decodeStrictly(bom.encoding, bytes.subarray(bom.bytes.length));
    const label = bom.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    if (text === null) return { ok: false, reason: `${name} says it is ${label} but is not valid ${label} text: it may be damaged. ${RESAVE}` };
    return accept(name, bom.encoding, text);
  }

  const utf16 = utf16ByteOrder(bytes);
  const utf16Text = utf16 === null ? null : decodeStrictly(utf16, bytes);
  if (utf16 !== null && utf16Text !== null) return accept(name, utf16, utf16Text);
  // No single-byte encoding or UTF-8 text has zero bytes; a file with them is data, not prose.
  if (bytes.includes(0)) return { ok: false, reason: `${name} looks like a binary file, not text, so it cannot be imported.` };

  const utf8 = decodeStrictly('utf-8', bytes);
  if (utf8 !== null) return accept(name, 'utf-8', utf8);

  const declared = options.html ? declaredHtmlCharset(bytes) : null;
  const declaredText = declared === null ? null : decodeStrictly(declared, bytes);
  if (declared !== null && declaredText !== null && textProblem(declaredText) === null) return accept(name, declared, declaredText);

  const legacy = detectLegacyEncoding(bytes);
  if (legacy !== null) return accept(name, legacy.encoding, legacy.text);
  // Say what is wrong with the likeliest reading: control characters usually mean "not text".
  const windows1256 = decodeStrictly('windows-1256', bytes) ?? '';
  if (textProblem(windows1256) === 'control') return accept(name, 'windows-1256', windows1256);
  return { ok: false, reason: `${name} is not in ${READABLE_ENCODINGS}, or is damaged. ${RESAVE}` };
}
