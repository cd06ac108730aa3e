/**
 * The main side of the contract in preload/api-contract.ts. Every call is checked twice
 * before anything happens: it must come from the app's own page, and its arguments must
 * match the schema.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { z } from 'zod';
import {
  Channels,
  type Channel,
  type FileSaveRequest,
  type FileSaveResult,
  fileSaveRequestSchema,
  type FilesSaveRequest,
  type FilesSaveResult,
  filesSaveRequestSchema,
  isPortableFileName,
  interfaceLanguageSchema,
  type OriginalSaveRequest,
  originalSaveRequestSchema,
  pdfSaveRequestSchema,
} from '../preload/api-contract';
import type { Language } from '../renderer/src/i18n/languages';
import type { CorpusEntry } from '../renderer/src/core/corpus/corpus-types';
import { safeFileName, utf8ByteLength } from '../renderer/src/core/export/safe-file-name';
import { isAppUrl } from './app-origin';
import { writeFileAtomic } from './atomic-write';
import { interfaceLanguage, setInterfaceLanguage, t } from './interface-language';
import { writeFilesToNewFolder } from './save-folder';
import { PDF_OPTIONS, savePageAsPdf } from './print-pdf';

export interface IpcDependencies {
  /** The session's corpus (read once, then cached). */
  listCorpus: () => Promise<CorpusEntry[]>;
  /** The dev server URL, whose origin is trusted too while developing; null when packaged. */
  devUrl: string | null;
  /** Called after the page sets a new interface language, with the language main spoke before. */
  onInterfaceLanguage?: (previous: Language) => void;
}

/** Built when the dialog opens, so their names are in the interface language of the moment. */
const saveFilters = (kind: FileSaveRequest['kind']): SaveDialogOptions['filters'] =>
  kind === 'markdown' ? [{ name: t('main.dialog.markdownFiles'), extensions: ['md'] }] : [{ name: t('main.dialog.jsonFiles'), extensions: ['json'] }];

export function registerIpcHandlers(deps: IpcDependencies): void {
  handle(deps, Channels.corpusList, z.tuple([]), () => deps.listCorpus());
  handle(deps, Channels.fileSave, z.tuple([fileSaveRequestSchema]), (event, [request]) => saveFile(event, request));
  handle(deps, Channels.filesSave, z.tuple([filesSaveRequestSchema]), (event, [request]) => saveFiles(event, request));
  handle(deps, Channels.originalSave, z.tuple([originalSaveRequestSchema]), (event, [request]) => saveOriginal(event, request));
  handle(deps, Channels.pdfSave, z.tuple([pdfSaveRequestSchema]), (event, [request]) =>
    savePageAsPdf(
      {
        choosePath: (name) => choosePath(event, name, [{ name: t('main.dialog.pdfFiles'), extensions: ['pdf'] }]),
        print: () => event.sender.printToPDF(PDF_OPTIONS),
        write: writeFileAtomic,
      },
      request.suggestedName,
    ),
  );
  handle(deps, Channels.interfaceLanguage, z.tuple([interfaceLanguageSchema]), async (_event, [language]) => {
    const previous = interfaceLanguage();
    setInterfaceLanguage(language);
    deps.onInterfaceLanguage?.(previous);
  });
}

function handle<Args extends unknown[], Result>(
  deps: IpcDependencies,
  channel: Channel,
  argsSchema: z.ZodType<Args>,
  handler: (event: IpcMainInvokeEvent, args: Args) => Promise<Result>,
): void {
  ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
    // senderFrame is null once the frame has navigated away or gone: refuse that too.
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(senderUrl, deps.devUrl)) {
      throw new Error(`${channel} refused: the call did not come from the app's own page.`);
    }
    const parsed = argsSchema.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`${channel} refused: invalid arguments.\n${z.prettifyError(parsed.error)}`);
    }
    return handler(event, parsed.data);
  });
}

async function saveFile(event: IpcMainInvokeEvent, request: FileSaveRequest): Promise<FileSaveResult> {
  return saveWithDialog(event, request.suggestedName, saveFilters(request.kind), request.content);
}

/** The imported file byte for byte: filtered by its own extension, since it may be .txt, .md or .html. */
async function saveOriginal(event: IpcMainInvokeEvent, request: OriginalSaveRequest): Promise<FileSaveResult> {
  const name = portableOriginalName(request.suggestedName);
  return saveWithDialog(event, name, originalFilters(name), request.bytes);
}

const PLAIN_EXTENSION = /^\.[\p{L}\p{N}]{1,16}$/u;

/** The imported name as is when every system accepts it; otherwise cleaned like an export name, keeping a plain extension. */
function portableOriginalName(name: string): string {
  if (isPortableFileName(name)) return name;
  const extension = path.extname(name);
  const kept = PLAIN_EXTENSION.test(extension) ? extension : '';
  const stem = name.slice(0, name.length - kept.length);
  // 240 bytes: under the common 255-byte limit, with room for the ` (2)` a dialog may add.
  return `${safeFileName(stem, 'original', 240 - utf8ByteLength(kept))}${kept}`;
}

function originalFilters(name: string): SaveDialogOptions['filters'] {
  const allFiles = { name: t('main.dialog.allFiles'), extensions: ['*'] };
  const extension = path.extname(name).slice(1);
  // Only a plain extension becomes a filter pattern; anything odd is left to "All files".
  if (!PLAIN_EXTENSION.test(`.${extension}`)) return [allFiles];
  return [{ name: t('main.dialog.originalFile', { extension }), extensions: [extension] }, allFiles];
}

/** The save dialog alone: the path the user picked, or null. */
async function choosePath(event: IpcMainInvokeEvent, suggestedName: string, filters: SaveDialogOptions['filters']): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = BrowserWindow.fromWebContents(event.sender);
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

async function saveWithDialog(
  event: IpcMainInvokeEvent,
  suggestedName: string,
  filters: SaveDialogOptions['filters'],
  data: string | Uint8Array,
): Promise<FileSaveResult> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = BrowserWindow.fromWebContents(event.sender);
  // Modal to the window that asked, so the dialog cannot get lost behind it.
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  // Only ever the path the user just picked in the dialog.
  await writeFileAtomic(choice.filePath, data);
  return { saved: true, path: choice.filePath };
}

async function saveFiles(event: IpcMainInvokeEvent, request: FilesSaveRequest): Promise<FilesSaveResult> {
  const options: OpenDialogOptions = {
    title: t('main.dialog.exportFolderTitle'),
    buttonLabel: t('main.dialog.exportHere'),
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  };
  const win = BrowserWindow.fromWebContents(event.sender);
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const directory = choice.filePaths[0];
  if (choice.canceled || !directory) return { saved: false };
  // Only ever a new folder inside the directory the user just picked.
  const folder = await writeFilesToNewFolder(directory, request.folderName, request.files);
  return { saved: true, path: folder, count: request.files.length };
}
