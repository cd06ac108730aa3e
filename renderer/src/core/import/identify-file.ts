/**
 * Which of the importable formats a file is, judged by its name and its first bytes, or what else
 * it is: a PDF renamed to .txt is still a PDF, and saying so helps more than "not valid text".
 */

export type ImportableFormat = 'txt' | 'md' | 'html' | 'epub';
export type Identified = { ok: true; format: ImportableFormat } | { ok: false; reason: string };

const FORMAT_OF_EXTENSION: Readonly<Record<string, ImportableFormat>> = { txt: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' };
const ONLY = 'Only .txt, .md, .html and .epub files can be imported';

type Kind = 'pdf' | 'image' | 'office' | 'rtf' | 'zip' | 'fake-epub';

const EXPLANATION: Readonly<Record<Kind, (what: string) => string>> = {
  pdf: () => `is a PDF document. ${ONLY}: copy the text out of the PDF and use “From clipboard”.`,
  image: (what) => `is ${what}, not text. ${ONLY}.`,
  'fake-epub': () => 'is named .epub but is not an EPUB book: a book is a zip archive, and this file is not one. It may be damaged or only partly downloaded.',
  office: (what) => `is ${what}. ${ONLY}: save it as plain text (.txt) or as a web page (.html) and import that.`,
  rtf: () => `is a rich-text (.rtf) document. ${ONLY}: save it as plain text (.txt) and import that.`,
  zip: () => `is a zip archive. ${ONLY}: unzip it and import the files inside.`,
};

const KIND_OF_EXTENSION: Readonly<Record<string, [Kind, string]>> = {
  pdf: ['pdf', 'a PDF document'],
  png: ['image', 'an image (PNG)'],
  jpg: ['image', 'an image (JPEG)'],
  jpeg: ['image', 'an image (JPEG)'],
  gif: ['image', 'an image (GIF)'],
  webp: ['image', 'an image (WebP)'],
  doc: ['office', 'a Word document'],
  docx: ['office', 'a Word document'],
  odt: ['office', 'an OpenDocument text'],
  xls: ['office', 'a spreadsheet'],
  xlsx: ['office', 'a spreadsheet'],
  ods: ['office', 'a spreadsheet'],
  ppt: ['office', 'a presentation'],
  pptx: ['office', 'a presentation'],
  odp: ['office', 'a presentation'],
  rtf: ['rtf', 'a rich-text document'],
  zip: ['zip', 'a zip archive'],
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
function kindFromBytes(bytes: Uint8Array, extension: string): [Kind, string] | null {
  if (startsWith(bytes, '%PDF')) return ['pdf', 'a PDF document'];
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return ['image', 'an image (PNG)'];
  if (startsWith(bytes, '\xff\xd8\xff')) return ['image', 'an image (JPEG)'];
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return ['image', 'an image (GIF)'];
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return ['image', 'an image (WebP)'];
  if (startsWith(bytes, '{\\rtf')) return ['rtf', 'a rich-text document'];
  if (extension === 'epub' && !isZip(bytes)) return ['fake-epub', 'not an EPUB book'];
  if (startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return ['office', 'an older Microsoft Office document (.doc, .xls or .ppt)'];
  if (isZip(bytes)) {
    const byName = KIND_OF_EXTENSION[extension];
    return byName !== undefined && byName[0] !== 'image' && byName[0] !== 'pdf' ? byName : ['zip', 'a zip archive'];
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
  const name = `“${fileName}”`;
  const extension = extensionOf(fileName);
  if (isEpub(bytes, extension)) return { ok: true, format: 'epub' };
  const kind = kindFromBytes(bytes, extension) ?? KIND_OF_EXTENSION[extension] ?? null;
  if (kind !== null) return { ok: false, reason: `${name} ${EXPLANATION[kind[0]](kind[1])}` };
  const format = FORMAT_OF_EXTENSION[extension];
  if (format !== undefined) return { ok: true, format };
  if (bytes.includes(0)) return { ok: false, reason: `${name} is a binary file, not text. ${ONLY}.` };
  const shown = extension === '' ? 'A file without an extension' : `A .${extension} file`;
  return { ok: false, reason: `${name} cannot be imported. ${shown} is not one Qira’a reads: ${ONLY.charAt(0).toLowerCase()}${ONLY.slice(1)}.` };
}
