/**
 * Reads the bundled corpus (seeds/*.txt) from disk and parses it with the shared parser.
 * One unreadable file becomes an error entry; it never hides the others.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusEntry } from '../renderer/src/core/corpus/corpus-types';
import { loadCorpusFile } from '../renderer/src/core/corpus/parse-corpus';

export interface CorpusLocation {
  isPackaged: boolean;
  /** `process.resourcesPath`: electron-builder copies seeds/ there (extraResources). */
  resourcesPath: string;
  /** `app.getAppPath()`: the repository root while developing. */
  appPath: string;
}

/** The folder holding the corpus files, packaged or not. */
export function corpusFolder({ isPackaged, resourcesPath, appPath }: CorpusLocation): string {
  return isPackaged ? path.join(resourcesPath, 'seeds') : path.join(appPath, 'seeds');
}

/** A corpus file: `*.txt` in any case, not hidden. The web build lists its seeds by this too. */
export const isCorpusFileName = (name: string): boolean => name.toLowerCase().endsWith('.txt') && !name.startsWith('.');

/**
 * Every `*.txt` in `folder`, in file-name order, parsed. Throws only when the folder itself
 * cannot be listed.
 */
export async function readCorpusFolder(folder: string): Promise<CorpusEntry[]> {
  // Code-unit order, not locale order: the same on every machine.
  const names = (await readdir(folder)).filter(isCorpusFileName).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(names.map((name) => readCorpusFile(folder, name)));
}

async function readCorpusFile(folder: string, fileName: string): Promise<CorpusEntry> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(folder, fileName));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const id = fileName.replace(/\.txt$/i, '');
    return { ok: false, error: { id, fileName, reason: { id: 'corpus.error.unreadable', values: { file: fileName, detail: code } } } };
  }
  return loadCorpusFile(fileName, bytes);
}

/**
 * `listCorpus` for the session: the folder is read once, on first use. A failed read is not
 * kept, so a later call tries again.
 */
export function createCorpusCache(folder: string): () => Promise<CorpusEntry[]> {
  let pending: Promise<CorpusEntry[]> | null = null;
  return () => {
    pending ??= readCorpusFolder(folder).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
