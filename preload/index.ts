/**
 * The only bridge between the page and main. It forwards calls; main validates them.
 * Only the channel names are imported at runtime (the contract's schemas would pull zod in,
 * and a sandboxed preload can load nothing but `electron`).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { QiraaApi } from './api-contract';
import { Channels } from './channels';

// Each method is a plain function, so the page never receives ipcRenderer or an event object.
const api: QiraaApi = {
  listCorpus: () => ipcRenderer.invoke(Channels.corpusList),
  saveFile: (request) => ipcRenderer.invoke(Channels.fileSave, request),
  saveFiles: (request) => ipcRenderer.invoke(Channels.filesSave, request),
  saveOriginal: (request) => ipcRenderer.invoke(Channels.originalSave, request),
  setInterfaceLanguage: (language) => ipcRenderer.invoke(Channels.interfaceLanguage, language),
};

contextBridge.exposeInMainWorld('api', api);
