/**
 * Saving export files through the platform API: one file through a save dialog (a download in
 * the browser), or a folder of files (a directory dialog; one .zip download in the browser).
 */
import {
  type FileSaveRequest,
  type FileSaveResult,
  type FilesSaveRequest,
  type FilesSaveResult,
  MAX_FILES_PER_SAVE,
  tooManyFilesMessage,
} from '../../../../preload/api-contract';
import { getApi } from '../../platform/get-api';

export type { FilesSaveRequest, FilesSaveResult };

export async function saveOneFile(request: FileSaveRequest): Promise<FileSaveResult> {
  return (await getApi()).saveFile(request);
}

/** Saves several files into one new folder; refuses at once, with the reason, more files than a save may hold. */
export async function saveFolder(request: FilesSaveRequest): Promise<FilesSaveResult> {
  // Main refuses it too, but only after the whole export has crossed the IPC bridge.
  if (request.files.length > MAX_FILES_PER_SAVE) throw new Error(tooManyFilesMessage(request.files.length));
  return (await getApi()).saveFiles(request);
}
