/**
 * Which of the importable formats a file is, judged by its name and its first bytes, or what else
 * it is: a PDF renamed to .txt is still a PDF, and saying so helps more than "not valid text".
 */
import type { Message } from '../message';

export type ImportableFormat = 'txt' | 'md' | 'html' | 'epub';
export type Identified = { ok: true; format: ImportableFormat } | { ok: false; reason: Message };

const FORMAT_OF_EXTENSION: Readonly<Record<string, ImportableFormat>> = { txt: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' };

/** What a refused file is: the reason's id and the values it takes beside the file's name. */
type Kind = Omit<Message, 'values'> & { values?: Record<string, string> };

const PDF: Kind = { id: 'import.reason.pdf' };
const image = (format: string): Kind => ({ id: 'import.reason.image', values: { format } });
const office = (kind: 'word' | 'odt' | 'spreadsheet' | 'presentation' | 'older'): Kind => ({ id: 'import.reason.office', values: { kind } });
const RTF: Kind = { id: 'import.reason.rtf' };
const ZIP: Kind = { id: 'import.reason.zip' };
const FAKE_EPUB: Kind = { id: 'import.reason.fakeEpub' };

const KIND_OF_EXTENSION: Readonly<Record<string, Kind>> = {
  pdf: PDF,
  png: image('PNG'),
  jpg: image('JPEG'),
  jpeg: image('JPEG'),
  gif: image('GIF'),
  webp: image('WebP'),
  doc: office('word'),
  docx: office('word'),
  odt: office('odt'),
  xls: office('spreadsheet'),
  xlsx: office('spreadsheet'),
  ods: office('spreadsheet'),
  ppt: office('presentation'),
  pptx: office('presentation'),
  odp: office('presentation'),
  rtf: RTF,
  zip: ZIP,
};

function startsWith(bytes: Uint8Array, signature: string, offset = 0): boolean {
  return Array.from(signature).every((char, index) => bytes[offset + index] === char.charCodeAt(0));
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06');
}

/**
 * An EPUB book: a zip archive named .epub, or one whose first entry is the uncompressed file
 * "mimetype" holding "application/epub+zip", whatever its name.
 */
function isEpub(bytes: Uint8Array, extension: string): boolean {
  return isZip(bytes) && (extension === 'epub' || startsWith(bytes, 'mimetypeapplication/epub+zip', 30));
}

/** What a file's first bytes say it is, whatever its name says. */
function kindFromBytes(bytes: Uint8Array, extension: string): Kind | null {
  if (startsWith(bytes, '%PDF')) return PDF;
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return image('PNG');
  if (startsWith(bytes, '\xff\xd8\xff')) return image('JPEG');
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return image('GIF');
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return image('WebP');
  if (startsWith(bytes, '{\\rtf')) return RTF;
  if (extension === 'epub' && !isZip(bytes)) return FAKE_EPUB;
  if (startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return office('older');
  if (isZip(bytes)) {
    const byName = KIND_OF_EXTENSION[extension];
    return byName !== undefined && byName.id !== 'import.reason.image' && byName.id !== 'import.reason.pdf' ? byName : ZIP;
  }
  return null;
}

/**
 * The file's extension, lower-cased and without the dot; '' when it has none.
 *
 * @param fileName a file name, possibly with folders before it.
 */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Decides whether a file can be imported and as what. The extension picks the format (.txt,
 * .md/.markdown, .html/.htm, in any case); the first bytes overrule it for PDFs, images, Office
 * and zip files and RTF. An EPUB book is a zip archive named .epub or marked as a book inside.
 * A file named .epub that is not a zip archive is refused. A refusal names the file and says what it is.
 *
 * @param fileName the file's name.
 * @param bytes the file's contents (only the first few dozen bytes are looked at).
 */
export function identifyFile(fileName: string, bytes: Uint8Array): Identified {
  const extension = extensionOf(fileName);
  if (isEpub(bytes, extension)) return { ok: true, format: 'epub' };
  const kind = kindFromBytes(bytes, extension) ?? KIND_OF_EXTENSION[extension] ?? null;
  if (kind !== null) return { ok: false, reason: { id: kind.id, values: { ...kind.values, file: fileName } } };
  const format = FORMAT_OF_EXTENSION[extension];
  if (format !== undefined) return { ok: true, format };
  if (bytes.includes(0)) return { ok: false, reason: { id: 'import.reason.binary', values: { file: fileName } } };
  if (extension === '') return { ok: false, reason: { id: 'import.reason.noExtension', values: { file: fileName } } };
  return { ok: false, reason: { id: 'import.reason.unknownExtension', values: { file: fileName, extension } } };
}
