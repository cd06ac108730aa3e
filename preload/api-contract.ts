/**
 * The contract between renderer and main: channel names, argument schemas and the type of
 * `window.api`. Main validates every argument against these schemas; the preload only forwards.
 */
import { z } from 'zod';
import type { CorpusEntry } from '../renderer/src/core/corpus/corpus-types';
import { LANGUAGES, type Language } from '../renderer/src/i18n/languages';

// The names live in channels.ts so the preload bundle stays free of zod.
export { Channels, type Channel } from './channels';

const MAX_SAVE_BYTES = 256 * 1024 * 1024;
const TOO_BIG = 'at most 256 MB (counted as UTF-8, as written)';

// Windows opens the device, not a file, for these names, with any extension and any case
// (the same list safeFileName steers clear of).
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** A single file or folder name, never a path: `.`, `..`, separators and NUL are refused. */
const fileNameOnly = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', 'must be a file name, not a path');

/**
 * A file name that every desktop system creates as asked: no `:` (a drive, or an NTFS alternate
 * data stream), no trailing dot or space (Windows drops them), and no Windows device name.
 */
const plainName = fileNameOnly
  .refine((name) => !name.includes(':'), 'must not contain ":" (Windows reads it as a drive or a hidden data stream)')
  .refine((name) => !/[. ]$/.test(name), 'must not end in a dot or a space (Windows drops them)')
  .refine(
    (name) => !WINDOWS_DEVICE_NAME.test(name.split('.')[0]!.trimEnd()),
    'is a device name on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9), with or without an extension',
  );

/** True when `name` is a file name every desktop system creates as asked (what export names must be). */
export function isPortableFileName(name: string): boolean {
  return plainName.safeParse(name).success;
}

/** The UTF-8 size of `texts` together is at most `max`; counts only when the UTF-16 length cannot tell. */
function fitsInBytes(texts: readonly string[], max: number): boolean {
  // Every UTF-16 unit is 1 to 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
  const units = texts.reduce((sum, text) => sum + text.length, 0);
  if (units > max) return false;
  return units * 3 <= max || texts.reduce((sum, text) => sum + utf8ByteSize(text), 0) <= max;
}

/**
 * The length of `text` in UTF-8, as TextEncoder and Node write it (a lone surrogate becomes
 * U+FFFD, 3 bytes). By char codes: the string iterator is several times slower on 256 MB.
 */
export function utf8ByteSize(text: string): number {
  const units = text.length;
  let bytes = units;
  for (let i = 0; i < units; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) {
      bytes += 1;
    } else if ((code & 0xfc00) === 0xd800 && i + 1 < units && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

const saveContent = z.string().refine((text) => fitsInBytes([text], MAX_SAVE_BYTES), TOO_BIG);

/** What a folder export over MAX_FILES_PER_SAVE files is refused with, in main and in the renderer. */
export function tooManyFilesMessage(count: number): string {
  const n = (value: number) => value.toLocaleString('en');
  return `a folder export holds at most ${n(MAX_FILES_PER_SAVE)} files, and this one would have ${n(count)}: export the notebook as one file instead`;
}

export const fileSaveRequestSchema = z
  .object({
    /** Shown in the save dialog; the user picks the real path. */
    suggestedName: plainName,
    content: saveContent,
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
      .array(z.object({ name: plainName, content: saveContent }).strict())
      .min(1)
      // Aborts, so too many files gets this one reason (with the count) and not the checks below too.
      .check((ctx) => {
        if (ctx.value.length > MAX_FILES_PER_SAVE) {
          ctx.issues.push({ code: 'custom', message: tooManyFilesMessage(ctx.value.length), input: ctx.value, abort: true });
        }
      })
      // Windows and macOS compare names without case: two such names would overwrite each other.
      .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, 'file names must be unique')
      .refine((files) => fitsInBytes(files.map((f) => f.content), MAX_SAVE_BYTES), `too much to save at once: ${TOO_BIG}`),
  })
  .strict();

export type FilesSaveRequest = z.infer<typeof filesSaveRequestSchema>;

export type FilesSaveResult = { saved: true; path: string; count: number } | { saved: false };

export const originalSaveRequestSchema = z
  .object({
    /**
     * The imported file's own name, which another system may have allowed (`notes: 1.txt`); main
     * offers a portable form of it in the dialog. Its extension picks the dialog's filter.
     */
    suggestedName: fileNameOnly,
    // What z.instanceof(Uint8Array) checks, typed as any Uint8Array (z.instanceof would type it as
    // Uint8Array<ArrayBuffer>, narrower than the library's stored originals).
    /** The file exactly as imported, whatever its encoding. */
    bytes: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes (a Uint8Array)')
      .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, TOO_BIG),
  })
  .strict();

export type OriginalSaveRequest = z.infer<typeof originalSaveRequestSchema>;

/** "Save as PDF…": main prints the page (its print stylesheet shows the open article) and saves it. */
export const pdfSaveRequestSchema = z
  .object({
    /** Shown in the save dialog; the user picks the real path. */
    suggestedName: plainName.refine((name) => name.toLowerCase().endsWith('.pdf'), 'must end in .pdf'),
  })
  .strict();

export type PdfSaveRequest = z.infer<typeof pdfSaveRequestSchema>;

/** Menu items the page carries out, sent from main on Channels.menuCommand. */
export const MENU_COMMANDS = ['save-pdf', 'save-pdf-with-notes', 'select-all'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The interface language main's menus and dialogs speak; the page tells main when it changes. */
export const interfaceLanguageSchema = z.enum(LANGUAGES);

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
  /** Main's menus, dialogs and file filters speak `language` from now on (nothing to do in the browser). */
  setInterfaceLanguage(language: Language): Promise<void>;
  /** Prints the page to PDF and saves it where the user chooses (the browser opens its print dialog). */
  savePdf(request: PdfSaveRequest): Promise<FileSaveResult>;
  /** Calls `listener` for each menu command main sends; returns the unsubscribe (no menus in the browser). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
