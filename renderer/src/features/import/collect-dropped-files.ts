/**
 * Turns what was dropped on the window into files to import, walking dropped folders (the
 * browser's FileSystem entry API, which Electron shares). Reads names only; contents are read by
 * the import worker.
 */
import type { ImportSource } from './import-messages';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns the folder in chunks (about 100 at a time in Chromium) until an empty one.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return all;
    all.push(...chunk);
  }
}

async function walk(entry: FileSystemEntry, into: ImportSource[]): Promise<void> {
  if (entry.isFile) {
    into.push({ path: entry.fullPath.replace(/^\//, ''), blob: await fileOf(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await walk(child, into);
  }
}

/** Every file dropped, with the files inside dropped folders (hidden files left out). */
export async function collectDroppedFiles(data: DataTransfer): Promise<ImportSource[]> {
  // Entries must be taken synchronously, before the drop event returns.
  const entries = [...data.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...data.files].map((file) => ({ path: file.name, blob: file }));
  const sources: ImportSource[] = [];
  for (const entry of entries) await walk(entry, sources);
  return sources.filter((s) => !s.path.split('/').some((part) => part.startsWith('.')));
}

/** Files chosen in a file or folder input, with their folder path when a folder was chosen. */
export function sourcesFromInput(files: FileList): ImportSource[] {
  return [...files]
    .map((file) => ({ path: file.webkitRelativePath || file.name, blob: file as Blob }))
    .filter((s) => !s.path.split('/').some((part) => part.startsWith('.')));
}
