/**
 * Conversions between what an import produces, what is stored, and the document the reader
 * shows. Pure: the reader never learns whether a document was bundled or imported.
 */
import type { CorpusDocument } from '../corpus/corpus-types';
import type { ImportedFile } from '../import/import-types';
import { fromStoredToc, toStoredToc } from './table-of-contents';
import { DERIVED_VERSION, type DocumentBodyRow, type LibraryDocumentRow, type StoredBlock } from './library-types';

const ID_HASH_CHARS = 20;

const isHeadingLevel = (level: unknown): level is number => Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6;

/** The id an imported file gets: the same bytes always give the same id. */
export function importedDocumentId(contentHash: string): string {
  return `imp-${contentHash.slice(0, ID_HASH_CHARS)}`;
}

export interface StoredDocument {
  row: LibraryDocumentRow;
  body: DocumentBodyRow;
}

/** What is stored for an imported file (its original bytes are stored beside it by the caller). */
export function toStoredDocument(file: ImportedFile, id: string, addedAt: number, collectionIds: string[] = []): StoredDocument {
  const { document } = file;
  return {
    row: {
      id,
      fileName: file.fileName,
      format: file.format,
      encoding: file.encoding,
      contentHash: file.contentHash,
      byteLength: file.byteLength,
      title: document.title,
      titleDerived: document.titleDerived,
      source: document.source,
      byline: document.byline,
      tags: document.tags,
      publishedAt: document.publishedAt,
      url: document.url,
      wordCount: document.wordCount,
      charCount: document.text.length,
      addedAt,
      collectionIds,
      derivedVersion: DERIVED_VERSION,
    },
    body: {
      docId: id,
      text: document.text,
      blocks: document.blocks.map((block): StoredBlock => (block.level === undefined ? [block.kind, block.start, block.end] : [block.kind, block.start, block.end, block.level])),
      relatedLinks: document.relatedLinks,
      ...(document.toc ? { toc: toStoredToc(document.toc) } : {}),
      ...(document.book ? { book: document.book } : {}),
    },
  };
}

/** The document the reader shows, rebuilt from its stored row and body. */
export function toCorpusDocument(row: LibraryDocumentRow, body: DocumentBodyRow): CorpusDocument {
  return {
    id: row.id,
    fileName: row.fileName,
    text: body.text,
    title: row.title,
    titleDerived: row.titleDerived,
    blocks: body.blocks.map(([kind, start, end, level]) => ({ kind, start, end, text: body.text.slice(start, end), ...(isHeadingLevel(level) ? { level } : {}) })),
    wordCount: row.wordCount,
    source: row.source,
    byline: row.byline,
    tags: row.tags,
    relatedLinks: body.relatedLinks,
    ...(body.toc ? { toc: fromStoredToc(body.toc, body.text.length) } : {}),
    // A book's publisher is its source; its date as stated, else (rows from before) the date read from it.
    ...(body.book ? { bookDetails: { language: body.book.language, publisher: row.source, date: body.book.date ?? row.publishedAt, identifier: body.book.identifier } } : {}),
  };
}
