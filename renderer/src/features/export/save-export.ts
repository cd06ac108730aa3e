/**
 * Saving export files through the platform API: one file through a save dialog (a download in
 * the browser), or a folder of files (a directory dialog; one download per file in the browser).
 */
import type { FileSaveRequest, FileSaveResult, FilesSaveRequest, FilesSaveResult } from '../../../../preload/api-contract';
import { getApi } from '../../platform/get-api';

export type { FilesSaveRequest, FilesSaveResult };

export async function saveOneFile(request: FileSaveRequest): Promise<FileSaveResult> {
  return (await getApi()).saveFile(request);
}

/** Saves several files into one new folder. */
export async function saveFolder(request: FilesSaveRequest): Promise<FilesSaveResult> {
  return (await getApi()).saveFiles(request);
}
