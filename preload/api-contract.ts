/**
 * The contract between renderer and main: channel names, argument schemas and the type of
 * `window.api`. Main validates every argument against these schemas; the preload only forwards.
 */
import { z } from 'zod';
import type { CorpusEntry } from '../renderer/src/core/corpus/corpus-types';

// The names live in channels.ts so the preload bundle stays free of zod.
export { Channels, type Channel } from './channels';

const MAX_SAVE_BYTES = 256 * 1024 * 1024;

/** A single file or folder name: never a path, never `.` or `..`. */
const plainName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', 'must be a file name, not a path');

export const fileSaveRequestSchema = z
  .object({
    /** Shown in the save dialog; the user picks the real path. */
    suggestedName: plainName,
    content: z.string().max(MAX_SAVE_BYTES),
    kind: z.enum(['markdown', 'json']),
  })
  .strict();

export type FileSaveRequest = z.infer<typeof fileSaveRequestSchema>;

export type FileSaveResult = { saved: true; path: string } | { saved: false };

export const MAX_FILES_PER_SAVE = 20_000;

export const filesSaveRequestSchema = z
  .object({
    /** The folder created inside the directory the user picks. */
    folderName: plainName,
    files: z
      .array(z.object({ name: plainName, content: z.string().max(MAX_SAVE_BYTES) }).strict())
      .min(1)
      .max(MAX_FILES_PER_SAVE)
      // Windows and macOS compare names without case: two such names would overwrite each other.
      .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, 'file names must be unique')
      .refine((files) => files.reduce((sum, f) => sum + f.content.length, 0) <= MAX_SAVE_BYTES, 'too much to save at once'),
  })
  .strict();

export type FilesSaveRequest = z.infer<typeof filesSaveRequestSchema>;

export type FilesSaveResult = { saved: true; path: string; count: number } | { saved: false };

export const originalSaveRequestSchema = z
  .object({
    /** The imported file's own name; its extension picks the dialog's filter. */
    suggestedName: plainName,
    // What z.instanceof(Uint8Array) checks, typed as any Uint8Array (z.instanceof would type it as
    // Uint8Array<ArrayBuffer>, narrower than the library's stored originals).
    /** The file exactly as imported, whatever its encoding. */
    bytes: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes (a Uint8Array)')
      .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'at most 256 MB'),
  })
  .strict();

export type OriginalSaveRequest = z.infer<typeof originalSaveRequestSchema>;

/** What the preload exposes as `window.api`; the browser build implements the same. */
export interface QiraaApi {
  /** Every corpus file, parsed, or the reason it could not be read. */
  listCorpus(): Promise<CorpusEntry[]>;
  /** Asks the user where to save, then writes the file (a download in the browser). */
  saveFile(request: FileSaveRequest): Promise<FileSaveResult>;
  /** Asks the user for a directory, then writes the files into a new folder there (downloads in the browser). */
  saveFiles(request: FilesSaveRequest): Promise<FilesSaveResult>;
  /** Asks the user where to save, then writes an imported file's original bytes unchanged (a download in the browser). */
  saveOriginal(request: OriginalSaveRequest): Promise<FileSaveResult>;
}
