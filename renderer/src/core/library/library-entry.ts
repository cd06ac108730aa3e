/**
 * One line of the library list: metadata only, the same for bundled and imported documents, so
 * the list, its filter and its sort never need a document's text.
 */
import type { CorpusDocument } from '../corpus/corpus-types';
import { normalizeArabic } from '../arabic/normalize-arabic';
import { BUNDLED_COLLECTION_ID, type LibraryDocumentRow } from './library-types';

export interface LibraryEntry {
  id: string;
  bundled: boolean;
  fileName: string;
  title: string;
  source: string | null;
  tags: string[];
  publishedAt: string | null;
  /** When it was imported; bundled documents count as added at 0 (before anything imported). */
  addedAt: number;
  wordCount: number;
  charCount: number;
  collectionIds: string[];
  /** Title, source, file name and tags, normalised once for the filter. */
  searchKey: string;
}

function searchKeyOf(parts: (string | null)[]): string {
  return normalizeArabic(parts.filter((p): p is string => p !== null).join(' \u0001 ')).text;
}

export function bundledEntry(document: CorpusDocument): LibraryEntry {
  return {
    id: document.id,
    bundled: true,
    fileName: document.fileName,
    title: document.title,
    source: document.source,
    tags: document.tags,
    publishedAt: null,
    addedAt: 0,
    wordCount: document.wordCount,
    charCount: document.text.length,
    collectionIds: [BUNDLED_COLLECTION_ID],
    searchKey: searchKeyOf([document.title, document.source, document.fileName, ...document.tags]),
  };
}

export function importedEntry(row: LibraryDocumentRow): LibraryEntry {
  return {
    id: row.id,
    bundled: false,
    fileName: row.fileName,
    title: row.title,
    source: row.source,
    tags: row.tags,
    publishedAt: row.publishedAt,
    addedAt: row.addedAt,
    wordCount: row.wordCount,
    charCount: row.charCount,
    collectionIds: row.collectionIds,
    searchKey: searchKeyOf([row.title, row.source, row.fileName, row.url, ...row.tags]),
  };
}

/** The entry shown under the user's own title, when they renamed the document. */
export function withCustomTitle(entry: LibraryEntry, customTitle: string | null | undefined): LibraryEntry {
  if (!customTitle || customTitle === entry.title) return entry;
  return { ...entry, title: customTitle, searchKey: `${normalizeArabic(customTitle).text} \u0001 ${entry.searchKey}` };
}
