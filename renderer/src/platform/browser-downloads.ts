/**
 * The saving half of the browser's window.api: every save is a download. A folder, which a
 * browser cannot create, comes as one .zip.
 */
import type {
  FileSaveRequest,
  FileSaveResult,
  FilesSaveRequest,
  FilesSaveResult,
  OriginalSaveRequest,
  QiraaApi,
} from '../../../preload/api-contract';
import { zipFolder } from './zip-folder';

const MIME_TYPES: Record<FileSaveRequest['kind'], string> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const browserDownloads: Pick<QiraaApi, 'saveFile' | 'saveFiles' | 'saveOriginal'> = {
  async saveFile(request: FileSaveRequest): Promise<FileSaveResult> {
    download(new Blob([request.content], { type: MIME_TYPES[request.kind] }), request.suggestedName);
    return { saved: true, path: request.suggestedName };
  },
  /** One `<folder>.zip` holding the folder, rather than a burst of loose downloads. */
  async saveFiles(request: FilesSaveRequest): Promise<FilesSaveResult> {
    const zipName = `${request.folderName}.zip`;
    download(new Blob(await zipFolder(request.folderName, request.files), { type: 'application/zip' }), zipName);
    return { saved: true, path: zipName, count: request.files.length };
  },
  /** Octet-stream, so the browser neither sniffs nor re-encodes the original bytes. */
  async saveOriginal(request: OriginalSaveRequest): Promise<FileSaveResult> {
    download(new Blob([unsharedBytes(request.bytes)], { type: 'application/octet-stream' }), request.suggestedName);
    return { saved: true, path: request.suggestedName };
  },
};

// A Blob refuses views of a SharedArrayBuffer; stored originals never are one, but copy if so.
function unsharedBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
