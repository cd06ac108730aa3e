/**
 * One file in, one document (or a reason it was not imported) out. Picks the format by the file's
 * name, refuses what is not text with a reason a user can act on, decodes, parses and hashes.
 * Never throws; the same function runs in the import worker, in Node tests and in the window.
 */
import { decodeText } from './decode-text';
import type { ImportedFile, ImportFormat, ImportOutcome, ParsedDocument } from './import-types';
import { parseHtmlDocument } from './parse-html';
import { parseMarkdownDocument } from './parse-markdown';
import { parseTextDocument } from './parse-text';

const FORMATS: Record<string, Exclude<ImportFormat, 'clipboard'>> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', xhtml: 'html' };

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (such as a Word, Excel or EPUB file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office file' },
];

const KNOWN_OTHERS: Record<string, string> = {
  pdf: 'a PDF document', epub: 'an EPUB book (books are not supported yet)', doc: 'a Word document', docx: 'a Word document', odt: 'an OpenDocument text',
  rtf: 'a rich-text document', png: 'an image', jpg: 'an image', jpeg: 'an image', gif: 'an image', webp: 'an image', zip: 'a zip archive', mobi: 'an e-book',
};

const SUPPORTED = 'Only .txt, .md and .html files can be imported';

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function sniff(bytes: Uint8Array): string | null {
  const found = MAGIC.find((magic) => magic.bytes.every((byte, index) => bytes[index] === byte));
  if (found) return found.what;
  // RIFF....WEBP
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'a WebP image';
  return null;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function parse(format: Exclude<ImportFormat, 'clipboard'>, fileName: string, text: string): ParsedDocument | null {
  if (format === 'md') return parseMarkdownDocument(fileName, text);
  if (format === 'html') return parseHtmlDocument(fileName, text);
  return parseTextDocument(fileName, text);
}

const fail = (fileName: string, reason: string): ImportOutcome => ({ ok: false, failure: { fileName, reason } });

/**
 * Imports one file's bytes. Refused, with a reason naming the file: other formats (PDF, images,
 * Office files, EPUB for now, binaries), files that cannot be decoded without garbage, and files
 * with no readable text.
 *
 * @param fileName the file's name (its extension picks the format).
 * @param bytes the file's contents, unchanged.
 */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportOutcome> {
  const name = `“${fileName}”`;
  const extension = extensionOf(fileName);
  const format = FORMATS[extension];
  const sniffed = sniff(bytes);
  if (!format || sniffed) {
    const what = sniffed ?? KNOWN_OTHERS[extension];
    return fail(fileName, what ? `${name} is ${what}, not a text file. ${SUPPORTED}.` : `${name} is not a format Qira’a reads. ${SUPPORTED}.`);
  }
  try {
    const decoded = decodeText(fileName, bytes, { html: format === 'html' });
    if (!decoded.ok) return fail(fileName, decoded.reason);
    const document = parse(format, fileName, decoded.text);
    if (!document || document.blocks.length === 0) return fail(fileName, `${name} has no readable text.`);
    const file: ImportedFile = { fileName, format, encoding: decoded.encoding, contentHash: await sha256Hex(bytes), byteLength: bytes.length, document };
    return { ok: true, file };
  } catch (error) {
    return fail(fileName, `${name} could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function clipboardFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Clipboard ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}.txt`;
}

/**
 * Text copied from anywhere, as a document read like a .txt file. Blank text is refused.
 *
 * @param text the pasted text.
 * @param now when it was pasted, for the document's file name.
 */
export async function importClipboardText(text: string, now: Date): Promise<ImportOutcome> {
  const fileName = clipboardFileName(now);
  if (text.trim() === '') return fail(fileName, 'The clipboard holds no text.');
  const bytes = new TextEncoder().encode(text);
  const document = parseTextDocument(fileName, text);
  return { ok: true, file: { fileName, format: 'clipboard', encoding: 'utf-8', contentHash: await sha256Hex(bytes), byteLength: bytes.length, document } };
}
