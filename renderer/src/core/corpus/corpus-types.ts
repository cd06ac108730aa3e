import type { Message } from '../message';

/** What a line of an article is, as the reader needs to know it. */
export type BlockKind =
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'caption'
  | 'quote'
  | 'list-item'
  | 'byline'
  | 'source'
  | 'related-link'
  | 'tag'
  | 'boilerplate';

/**
 * One block of a document. `text` is exactly `document.text.slice(start, end)`:
 * offsets always refer to the original file text, which is never rewritten.
 */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  /** A heading's level as the file marks it (2 for Markdown `##` or HTML `<h2>`); absent when the file gives none. */
  level?: number;
}

/** One entry of a document's table of contents: `offset` is where its section starts in the document's text. */
export interface TocEntry {
  title: string;
  offset: number;
  /** 1 for a top-level entry, 2 for one under it, and so on. */
  level: number;
}

/** What a book's package file says about it, shown with the book; any of it may be missing. */
export interface BookDetails {
  /** A BCP 47 tag as the book gives it (`ar`, `ar-EG`). */
  language: string | null;
  publisher: string | null;
  /** The publication date as the book states it: a day (`2022-05-01`), a year, or other text. */
  date: string | null;
  /** The book's identifier as stated: `urn:isbn:…`, an ISBN, a UUID, a publisher's code. */
  identifier: string | null;
}

export interface CorpusDocument {
  /** The corpus file's stem, e.g. `000_14e37202ef5eb1ed`. Stable across versions of the file. */
  id: string;
  fileName: string;
  /** The whole decoded file, unchanged (a leading BOM, if any, is not part of it). */
  text: string;
  /** The title line, or a short title derived from the opening sentence. */
  title: string;
  /** True when the file has no title line and `title` was derived. */
  titleDerived: boolean;
  blocks: Block[];
  /** Words in the body blocks (title, headings, paragraphs, captions). */
  wordCount: number;
  /** Outlet or credit line, e.g. "TRT عربي - وكالات". */
  source: string | null;
  byline: string | null;
  tags: string[];
  relatedLinks: string[];
  /** The table of contents the file itself gives (an EPUB's navigation); absent when it gives none and headings stand in. */
  toc?: TocEntry[];
  /** Present for books (EPUB): their language, publisher, date and identifier. */
  bookDetails?: BookDetails;
}

/** A corpus file that could not be read as a document. */
export interface CorpusLoadError {
  id: string;
  fileName: string;
  /** Why, as a message (its `file` value names the file), worded in the interface language when shown. */
  reason: Message;
}

export type CorpusEntry = { ok: true; document: CorpusDocument } | { ok: false; error: CorpusLoadError };
