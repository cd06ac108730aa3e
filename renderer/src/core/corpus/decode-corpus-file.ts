/**
 * Turns the raw bytes of a corpus file into text, or into an error a reader can act on (a message
 * naming the file, worded in the interface language where it is shown).
 * Pure: runs in the browser build and in the main process alike.
 */
import type { Message } from '../message';
import type { CorpusLoadError } from './corpus-types';

export type DecodeResult = { ok: true; id: string; text: string } | { ok: false; error: CorpusLoadError };

const CORPUS_FILE_NAME = /^([^/\\]+)\.txt$/i;

// Above this share of control bytes a file is not prose, even if it happens to be valid UTF-8.
const MAX_CONTROL_BYTE_SHARE = 0.1;

/** Tab, line feed, vertical tab, form feed and carriage return are ordinary in text files. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  let controlBytes = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (isControlByte(byte)) controlBytes += 1;
  }
  return controlBytes / bytes.length > MAX_CONTROL_BYTE_SHARE;
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Decodes a corpus file strictly as UTF-8. A leading byte-order mark is dropped, so the
 * returned text (and every offset into it) starts at the article's first character.
 *
 * @param fileName the file's name, e.g. `000_14e37202ef5eb1ed.txt`; its stem becomes the id.
 * @param bytes the file's contents, unchanged.
 */
export function decodeCorpusFile(fileName: string, bytes: Uint8Array): DecodeResult {
  const match = CORPUS_FILE_NAME.exec(fileName);
  const id = match?.[1] ?? fileName;
  const fail = (messageId: Message['id']): DecodeResult => ({ ok: false, error: { id, fileName, reason: { id: messageId, values: { file: fileName } } } });

  if (!match || id.trim() === '') {
    return fail('corpus.error.notCorpusFile');
  }
  if (bytes.length === 0) {
    return fail('corpus.error.empty');
  }
  // Checked before the binary test because UTF-16 text is full of NUL bytes, and "re-save it"
  // is more useful advice than "this is not text".
  if (startsWithUtf16Bom(bytes)) {
    return fail('corpus.error.utf16');
  }
  if (looksBinary(bytes)) {
    return fail('corpus.error.binary');
  }

  let text: string;
  try {
    // ignoreBOM: false means the decoder itself removes a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('corpus.error.notUtf8');
  }

  if (text.trim() === '') {
    return fail('corpus.error.blank');
  }
  return { ok: true, id, text };
}
