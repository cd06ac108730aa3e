/**
 * What importing one file produces. Every format parser (.txt, .md, .html, .epub) returns
 * the same `ParsedDocument`, so the reader, anchoring, search and export never learn which format
 * a document came from.
 */
import type { Block, TocEntry } from '../corpus/corpus-types';
import type { Message } from '../message';

export type ImportFormat = 'txt' | 'md' | 'html' | 'epub' | 'clipboard';

/** The encodings an imported file may be decoded from. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

/**
 * A document as a format parser returns it. `text` is what highlights anchor to and is never
 * rewritten once stored: for .txt it is the decoded file; for .md and .html it is the plain text
 * extracted from the markup (blocks separated by blank lines). Every block's `text` is exactly
 * `text.slice(start, end)`.
 */
export interface ParsedDocument {
  text: string;
  title: string;
  /** True when the file gave no title and `title` was derived from the opening text or the file name. */
  titleDerived: boolean;
  blocks: Block[];
  /** Words in the article's own text (title, headings, paragraphs, captions, quotes, list items). */
  wordCount: number;
  source: string | null;
  byline: string | null;
  tags: string[];
  relatedLinks: string[];
  /** Publication date as the file states it, ISO 8601 (`2024-05-01` or a full timestamp) when it could be read as one. */
  publishedAt: string | null;
  url: string | null;
  /** The file's own table of contents (an EPUB's navigation), offsets into `text`; absent when it gives none. */
  toc?: TocEntry[];
  /** What a book's package file says beyond the fields above; absent for other formats. */
  book?: BookMetadata;
}

/** A book's metadata that has no field of its own in every document. */
export interface BookMetadata {
  language: string | null;
  identifier: string | null;
  /** The book's page progression (`page-progression-direction`), when it states one. */
  direction: 'rtl' | 'ltr' | null;
  /** The publication date as the package states it (a year alone is kept); absent in rows stored before it was kept. */
  date?: string | null;
}

/** One file, decoded and parsed, ready to store. */
export interface ImportedFile {
  fileName: string;
  format: ImportFormat;
  encoding: TextEncodingName;
  /** Lower-case hex SHA-256 of the original bytes: the same bytes imported twice are one document. */
  contentHash: string;
  byteLength: number;
  document: ParsedDocument;
  /** Parts of the file that could not be read and are missing from the document (a book's damaged sections), each named; absent when none. */
  problems?: Message[];
}

/** A file that was not imported, with a reason a user can act on (a message whose `file` value names the file). */
export interface ImportFailure {
  fileName: string;
  reason: Message;
}

export type ImportOutcome = { ok: true; file: ImportedFile } | { ok: false; failure: ImportFailure };
