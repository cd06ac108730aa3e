/**
 * The zip container of an EPUB, read with fflate. Only the entries a book's text needs (XML and
 * XHTML) are ever inflated: images and fonts stay compressed. The sizes an archive declares are
 * checked before anything is inflated, and fflate never writes past a declared size, so a zip
 * bomb is refused without filling memory.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { Message } from '../message';

/** Largest declared size of one text entry (a chapter, the package file) that is inflated. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** Largest declared size of all text entries together. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

const TEXT_ENTRY = /\.(x?html?|xml|opf|ncx)$/i;

/** An opened archive: the text entries, inflated, by their path in the archive. */
export interface EpubArchive {
  /** Every entry's path, text or not. */
  names: string[];
  /** An entry's bytes, found by its exact path or, failing that, ignoring case; null when the archive has no such text entry. */
  read: (path: string) => Uint8Array | null;
}

export type OpenedArchive = { ok: true; archive: EpubArchive } | { ok: false; reason: Message };

const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024));
const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Opens an EPUB's zip archive, or says why it cannot be: not a zip archive, damaged, or
 * unpacking to more than a book's text could need.
 *
 * @param bytes the whole .epub file.
 */
export function openEpubArchive(bytes: Uint8Array): OpenedArchive {
  const entries: UnzipFileInfo[] = [];
  try {
    // First pass: read the directory only (the filter takes nothing).
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch (error) {
    return { ok: false, reason: { id: 'import.reason.epub.zipUnreadable', values: { detail: detailOf(error) } } };
  }
  if (entries.length === 0) return { ok: false, reason: { id: 'import.reason.epub.zipEmpty' } };
  const wanted = entries.filter((info) => TEXT_ENTRY.test(info.name) || info.name === 'mimetype');
  const tooBig = wanted.find((info) => info.originalSize > MAX_ENTRY_BYTES);
  if (tooBig) return { ok: false, reason: { id: 'import.reason.epub.partTooBig', values: { part: tooBig.name, size: megabytes(tooBig.originalSize), limit: megabytes(MAX_ENTRY_BYTES) } } };
  const total = wanted.reduce((sum, info) => sum + info.originalSize, 0);
  if (total > MAX_TEXT_BYTES) return { ok: false, reason: { id: 'import.reason.epub.textTooBig', values: { size: megabytes(total), limit: megabytes(MAX_TEXT_BYTES) } } };

  let files: Record<string, Uint8Array>;
  try {
    const names = new Set(wanted.map((info) => info.name));
    files = unzipSync(bytes, { filter: (info) => names.has(info.name) });
  } catch (error) {
    return { ok: false, reason: { id: 'import.reason.epub.zipUnpackFailed', values: { detail: detailOf(error) } } };
  }
  const byLowerCase = new Map(Object.keys(files).map((name) => [name.toLowerCase(), name]));
  return {
    ok: true,
    archive: {
      names: entries.map((info) => info.name),
      read: (path) => files[path] ?? files[byLowerCase.get(path.toLowerCase()) ?? ''] ?? null,
    },
  };
}
