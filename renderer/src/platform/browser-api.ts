/**
 * The browser implementation of window.api: the same parsed corpus the desktop app gets from
 * main, read from the seed files shipped with the web build; saves become downloads.
 */
import seedFiles, { type SeedFile } from 'virtual:seed-files';
import type { QiraaApi } from '../../../preload/api-contract';
import type { CorpusEntry } from '../core/corpus/corpus-types';
import { loadCorpusFile } from '../core/corpus/parse-corpus';
import { browserDownloads } from './browser-downloads';

async function loadSeed({ fileName, url }: SeedFile): Promise<CorpusEntry> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return loadCorpusFile(fileName, new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { id: fileName.replace(/\.txt$/, ''), fileName, reason: { id: 'corpus.error.notLoaded', values: { file: fileName, detail } } } };
  }
}

export const browserApi: QiraaApi = {
  async listCorpus() {
    return Promise.all(seedFiles.map(loadSeed));
  },
  ...browserDownloads,
  // The page is the whole interface in the browser: no menus or dialogs of its own to translate.
  async setInterfaceLanguage() {},
  // The browser's own print dialog saves PDFs; the print stylesheet shows the open article alone.
  async savePdf() {
    window.print();
    return { saved: false };
  },
  // No menus in the browser: Select All and the other menu commands are the browser's own.
  onMenuCommand: () => () => {},
};
