/**
 * Saving export files through the platform API. A folder of files needs `saveFiles`, which the
 * desktop bridge does not have yet (see the proposal in the export report); until then the web
 * build saves each file as its own download and the desktop app offers the combined file only.
 */
import type { FileSaveRequest, FileSaveResult, QiraaApi } from '../../../../preload/api-contract';
import type { ExportFile } from '../../core/export/export-types';
import { getApi } from '../../platform/get-api';

export interface FilesSaveRequest {
  /** Suggested name of the folder to create inside the directory the user picks. */
  folderName: string;
  files: ExportFile[];
}
export type FilesSaveResult = { saved: true; path: string; count: number } | { saved: false };

/** `window.api` with the proposed multi-file save, when the platform has it. */
type ApiWithFolders = QiraaApi & { saveFiles?: (request: FilesSaveRequest) => Promise<FilesSaveResult> };

export const isWebBuild = (): boolean => import.meta.env.MODE === 'web';

export async function saveOneFile(request: FileSaveRequest): Promise<FileSaveResult> {
  return (await getApi()).saveFile(request);
}

/** Whether this platform can save a folder of files (natively, or as downloads on the web). */
export async function canSaveFolder(): Promise<boolean> {
  const api = (await getApi()) as ApiWithFolders;
  return typeof api.saveFiles === 'function' || isWebBuild();
}

/** Saves several files into one folder: one native dialog, or one download per file on the web. */
export async function saveFolder(request: FilesSaveRequest, onProgress?: (done: number, total: number) => void): Promise<FilesSaveResult> {
  const api = (await getApi()) as ApiWithFolders;
  if (api.saveFiles) return api.saveFiles(request);
  if (!isWebBuild()) throw new Error('This version of the desktop app cannot save a folder of files yet. Export one combined file instead.');
  for (const [index, file] of request.files.entries()) {
    await api.saveFile({ suggestedName: file.name, content: file.content, kind: 'markdown' });
    onProgress?.(index + 1, request.files.length);
    // Browsers drop downloads started in too quick a burst.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { saved: true, path: request.folderName, count: request.files.length };
}
