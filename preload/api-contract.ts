/**
 * The contract between renderer and main: channel names, argument schemas and the type of
 * `window.api`. Main validates every argument against these schemas; the preload only forwards.
 */
import { z } from 'zod';
import type { CorpusEntry } from '../renderer/src/core/corpus/corpus-types';

// The names live in channels.ts so the preload bundle stays free of zod.
export { Channels, type Channel } from './channels';

const MAX_SAVE_BYTES = 256 * 1024 * 1024;

export const fileSaveRequestSchema = z
  .object({
    /** Shown in the save dialog; the user picks the real path. */
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine((name) => !/[\\/\0]/.test(name), 'must be a file name, not a path'),
    content: z.string().max(MAX_SAVE_BYTES),
    kind: z.enum(['markdown', 'json']),
  })
  .strict();

export type FileSaveRequest = z.infer<typeof fileSaveRequestSchema>;

export type FileSaveResult = { saved: true; path: string } | { saved: false };

/** What the preload exposes as `window.api`; the browser build implements the same. */
export interface QiraaApi {
  /** Every corpus file, parsed, or the reason it could not be read. */
  listCorpus(): Promise<CorpusEntry[]>;
  /** Asks the user where to save, then writes the file (a download in the browser). */
  saveFile(request: FileSaveRequest): Promise<FileSaveResult>;
}
