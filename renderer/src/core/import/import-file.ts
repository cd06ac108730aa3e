/**
 * One file in, one document (or a reason it was not imported) out: identify the format, decode,
 * parse, hash. Never throws, so one bad file never stops an import of a thousand; the same code
 * runs in the import worker, in Node tests and in the window.
 */
import { decodeText } from './decode-text';
import { identifyFile, type ImportableFormat } from './identify-file';
import { sha256Hex } from './import-clipboard';
import type { Message } from '../message';
import type { ImportOutcome, ParsedDocument } from './import-types';
import { parseEpub } from './parse-epub';
import { parseHtmlDocument } from './parse-html';
import { parseMarkdownDocument } from './parse-markdown';
import { parseTextDocument } from './parse-text';

export { importClipboardText } from './import-clipboard';

const PARSERS: Readonly<Record<Exclude<ImportableFormat, 'epub'>, (fileName: string, text: string) => ParsedDocument | null>> = {
  txt: parseTextDocument,
  md: parseMarkdownDocument,
  html: parseHtmlDocument,
};

/**
 * Imports one file. Refused, each with a reason that names the file: formats other than .txt,
 * .md, .html and .epub (PDFs, images, Office and zip files, binaries, unknown extensions),
 * files that cannot be decoded exactly, damaged books, and files with no readable text. A book
 * missing some of its sections is imported with each missing part named in `problems`. A parser failing on a
 * file also becomes a refusal, never an exception.
 *
 * @param fileName the file's name; its extension picks the format.
 * @param bytes the file's contents, unchanged; `contentHash` is their SHA-256.
 */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  const fail = (reason: Message): ImportOutcome => ({ ok: false, failure: { fileName, reason } });
  try {
    const identified = identifyFile(fileName, bytes);
    if (!identified.ok) return fail(identified.reason);
    if (identified.format === 'epub') {
      const book = parseEpub(fileName, bytes);
      if (!book.ok) return fail({ id: book.reason.id, values: { ...book.reason.values, file: fileName } });
      const file = { fileName, format: 'epub' as const, encoding: 'utf-8' as const, contentHash: await sha256Hex(bytes), byteLength: bytes.byteLength, document: book.document };
      return { ok: true, file: book.problems.length > 0 ? { ...file, problems: book.problems } : file };
    }
    const decoded = decodeText(fileName, bytes, { html: identified.format === 'html' });
    if (!decoded.ok) return fail(decoded.reason);
    const document = PARSERS[identified.format](fileName, decoded.text);
    if (document === null || document.blocks.length === 0) return fail({ id: 'import.reason.noText', values: { file: fileName } });
    return {
      ok: true,
      file: { fileName, format: identified.format, encoding: decoded.encoding, contentHash: await sha256Hex(bytes), byteLength: bytes.byteLength, document },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ id: 'import.reason.readingFailed', values: { file: fileName, detail } });
  }
}
