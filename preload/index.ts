/**
 * The only bridge between the page and main. It forwards calls; main validates them.
 * Only the channel names are imported at runtime (the contract's schemas would pull zod in,
 * and a sandboxed preload can load nothing but `electron`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { QiraaApi } from './api-contract';
import { Channels } from './channels';

// The commands main may send (MENU_COMMANDS in api-contract.ts, which the preload cannot import).
const MENU_COMMANDS: ReadonlySet<unknown> = new Set(['save-pdf', 'save-pdf-with-notes', 'select-all']);

// Each method is a plain function, so the page never receives ipcRenderer or an event object.
const api: QiraaApi = {
  listCorpus: () => ipcRenderer.invoke(Channels.corpusList),
  saveFile: (request) => ipcRenderer.invoke(Channels.fileSave, request),
  saveFiles: (request) => ipcRenderer.invoke(Channels.filesSave, request),
  saveOriginal: (request) => ipcRenderer.invoke(Channels.originalSave, request),
  setInterfaceLanguage: (language) => ipcRenderer.invoke(Channels.interfaceLanguage, language),
  savePdf: (request) => ipcRenderer.invoke(Channels.pdfSave, request),
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown) => {
      if (MENU_COMMANDS.has(command)) listener(command as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(Channels.menuCommand, forward);
    return () => void ipcRenderer.removeListener(Channels.menuCommand, forward);
  },
};

contextBridge.exposeInMainWorld('api', api);
