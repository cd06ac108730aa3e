/**
 * Turns an imported file's bytes into text, or into a reason a user can act on. A file is either
 * decoded exactly or refused: text with replacement characters or control characters in it would
 * be mojibake, and highlights anchored to mojibake are lost the day the file is fixed.
 */
import type { Message } from '../message';
import type { TextEncodingName } from './import-types';
import { UNREADABLE, textProblem } from './readable-text';
import { declaredHtmlCharset, decodeStrictly, detectLegacyEncoding, utf16ByteOrder } from './sniff-encoding';

export type DecodeOutcome = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: Message };

/** The single-byte encodings named in a reason (names, not words, so not in the catalogues). */
const LEGACY_ENCODINGS = { windows: 'Windows-1256', iso: 'ISO-8859-6' } as const;

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
function accept(file: string, encoding: TextEncodingName, text: string): DecodeOutcome {
  const problem = textProblem(text);
  if (problem === null) return { ok: true, text, encoding };
  if (problem === 'blank') return { ok: false, reason: { id: 'import.reason.blank', values: { file } } };
  const line = lineOf(text, UNREADABLE.exec(text)?.index ?? 0);
  if (problem === 'replacement') {
    return { ok: false, reason: { id: 'import.reason.unreadableCharacters', values: { file, line, ...LEGACY_ENCODINGS } } };
  }
  return { ok: false, reason: { id: 'import.reason.controlCharacters', values: { file, line } } };
}

/**
 * Decodes an imported file. In order: a byte-order mark decides (and is not part of the text);
 * UTF-16 without one is recognised by where its zero bytes fall; then strict UTF-8; then, for
 * HTML, the charset its `<meta>` declares; then Windows-1256 or ISO-8859-6 as detected. Empty,
 * blank, binary and undecodable files are refused with a reason that names the file.
 *
 * @param fileName the file's name, a value of every reason.
 * @param bytes the file's contents, unchanged.
 * @param options `html: true` to honour a `<meta charset>` declaration.
 */
export function decodeText(fileName: string, bytes: Uint8Array, options: { html?: boolean } = {}): DecodeOutcome {
  if (bytes.length === 0) return { ok: false, reason: { id: 'import.reason.empty', values: { file: fileName } } };

  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  if (bom) {
    const text = decodeStrictly(bom.encoding, bytes.subarray(bom.bytes.length));
    const label = bom.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    if (text === null) return { ok: false, reason: { id: 'import.reason.badByteOrderMark', values: { file: fileName, encoding: label } } };
    return accept(fileName, bom.encoding, text);
  }

  const utf16 = utf16ByteOrder(bytes);
  const utf16Text = utf16 === null ? null : decodeStrictly(utf16, bytes);
  if (utf16 !== null && utf16Text !== null) return accept(fileName, utf16, utf16Text);
  // No single-byte encoding or UTF-8 text has zero bytes; a file with them is data, not prose.
  if (bytes.includes(0)) return { ok: false, reason: { id: 'import.reason.looksBinary', values: { file: fileName } } };

  const utf8 = decodeStrictly('utf-8', bytes);
  if (utf8 !== null) return accept(fileName, 'utf-8', utf8);

  const declared = options.html ? declaredHtmlCharset(bytes) : null;
  const declaredText = declared === null ? null : decodeStrictly(declared, bytes);
  if (declared !== null && declaredText !== null && textProblem(declaredText) === null) return accept(fileName, declared, declaredText);

  const legacy = detectLegacyEncoding(bytes);
  if (legacy !== null) return accept(fileName, legacy.encoding, legacy.text);
  // Say what is wrong with the likeliest reading: control characters usually mean "not text".
  const windows1256 = decodeStrictly('windows-1256', bytes) ?? '';
  if (textProblem(windows1256) === 'control') return accept(fileName, 'windows-1256', windows1256);
  return { ok: false, reason: { id: 'import.reason.unknownEncoding', values: { file: fileName, ...LEGACY_ENCODINGS } } };
}
