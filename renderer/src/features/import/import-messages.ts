/** The messages between the window and the import worker. */
import type { ImportedFile, ImportFailure } from '../../core/import/import-types';
import type { Message } from '../../core/message';

/** A file to import: its name as the user knows it (with its folder, for folder imports) and its contents. */
export interface ImportSource {
  path: string;
  blob: Blob;
}

/**
 * An import is announced with its size, then its files follow in chunks: cloning thousands of
 * files into the worker in one message would hold the window for a second or more.
 */
export type ToImportWorker =
  | { type: 'start'; total: number; collectionIds: string[] }
  | { type: 'files'; sources: ImportSource[] }
  | { type: 'cancel' };

/** A file that is a changed version of a document already in the library: the user decides. */
export interface NewVersion {
  path: string;
  docId: string;
  title: string;
  file: ImportedFile;
  bytes: Uint8Array;
}

export interface ImportSummary {
  total: number;
  /** Files looked at (all of them, unless the import was cancelled). */
  processed: number;
  added: number;
  duplicates: { path: string; title: string }[];
  newVersions: NewVersion[];
  failures: ImportFailure[];
  /** Files imported without some of their parts (a book's damaged sections), each part named. */
  incomplete: { path: string; title: string; problems: Message[] }[];
  cancelled: boolean;
}

export type FromImportWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'failed'; message: string };
