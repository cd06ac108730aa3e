/**
 * The user's library as it is stored: a metadata row per document (all the library list reads),
 * the derived body (text and blocks, read when the document is opened) and the original bytes
 * (read only to save the original again). Derived data is computed once, at import.
 */
import type { BlockKind } from '../corpus/corpus-types';
import type { BookMetadata, ImportFormat, TextEncodingName } from '../import/import-types';
import type { StoredTocEntry } from './table-of-contents';

/** The read-only collection the bundled corpus forms; never stored, never changed. */
export const BUNDLED_COLLECTION_ID = 'bundled';

/** Bump when the import parsers change what they derive, so stored bodies can be recomputed. */
export const DERIVED_VERSION = 1;

/**
 * A block as stored: its text is `body.text.slice(start, end)`, so it is not stored twice. A
 * heading's level follows when the file gave one (rows stored before levels were kept have none).
 */
export type StoredBlock = [kind: BlockKind, start: number, end: number, level?: number];

export interface LibraryDocumentRow {
  /** `imp-` and the start of the content hash: the same file imported again is the same document. */
  id: string;
  fileName: string;
  format: ImportFormat;
  encoding: TextEncodingName;
  /** SHA-256 of the original bytes (of the current version, after a replacement). */
  contentHash: string;
  byteLength: number;
  title: string;
  titleDerived: boolean;
  source: string | null;
  byline: string | null;
  tags: string[];
  publishedAt: string | null;
  url: string | null;
  wordCount: number;
  charCount: number;
  addedAt: number;
  collectionIds: string[];
  derivedVersion: number;
}

export interface DocumentBodyRow {
  docId: string;
  /** The text highlights anchor to. Never rewritten, except when the user replaces the document with a new version. */
  text: string;
  blocks: StoredBlock[];
  relatedLinks: string[];
  /** The file's own table of contents (an EPUB's navigation); absent in rows stored before it was kept, and for files without one. */
  toc?: StoredTocEntry[];
  /** A book's language, identifier and direction; absent for other formats. */
  book?: BookMetadata;
}

export interface OriginalFileRow {
  docId: string;
  fileName: string;
  /** The file exactly as imported. */
  bytes: Uint8Array;
}

export interface CollectionRow {
  id: string;
  name: string;
  createdAt: number;
}
