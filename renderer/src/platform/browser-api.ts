/**
 * The browser implementation of window.api: the same parsed corpus the desktop app gets from
 * main, read from the seed files shipped with the web build; saves become downloads.
 */
import seedFiles, { type SeedFile } from 'virtual:seed-files';
import type {
  FileSaveRequest,
  FileSaveResult,
  FilesSaveRequest,
  FilesSaveResult,
  OriginalSaveRequest,
  QiraaApi,
} from '../../../preload/api-contract';
import type { CorpusEntry } from '../core/corpus/corpus-types';
import { loadCorpusFile } from '../core/corpus/parse-corpus';

async function loadSeed({ fileName, url }: SeedFile): Promise<CorpusEntry> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return loadCorpusFile(fileName, new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { id: fileName.replace(/\.txt$/, ''), fileName, message: `Could not read ${fileName}: ${reason}.` } };
  }
}

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

export const browserApi: QiraaApi = {
  async listCorpus() {
    return Promise.all(seedFiles.map(loadSeed));
  },
  async saveFile(request: FileSaveRequest): Promise<FileSaveResult> {
    download(new Blob([request.content], { type: MIME_TYPES[request.kind] }), request.suggestedName);
    return { saved: true, path: request.suggestedName };
  },
  /** A browser cannot create folders: each file becomes its own download. */
  async saveFiles(request: FilesSaveRequest): Promise<FilesSaveResult> {
    for (const file of request.files) {
      download(new Blob([file.content], { type: MIME_TYPES.markdown }), file.name);
      // Browsers drop downloads started in too quick a burst.
      await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_SPACING_MS));
    }
    return { saved: true, path: request.folderName, count: request.files.length };
  },
  /** Octet-stream, so the browser neither sniffs nor re-encodes the original bytes. */
  async saveOriginal(request: OriginalSaveRequest): Promise<FileSaveResult> {
    download(new Blob([unsharedBytes(request.bytes)], { type: 'application/octet-stream' }), request.suggestedName);
    return { saved: true, path: request.suggestedName };
  },
};

const DOWNLOAD_SPACING_MS = 150;

// A Blob refuses views of a SharedArrayBuffer; stored originals never are one, but copy if so.
function unsharedBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
