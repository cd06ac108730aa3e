import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from './api-contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'reply');
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke, on, removeListener },
}));

async function loadPreload(): Promise<Record<string, (...args: unknown[]) => Promise<unknown>>> {
  vi.resetModules();
  exposed.clear();
  await import('./index');
  return exposed.get('api') as Record<string, (...args: unknown[]) => Promise<unknown>>;
}

describe('preload', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes exactly one global, window.api', async () => {
    await loadPreload();
    expect([...exposed.keys()]).toEqual(['api']);
  });

  it('exposes only its functions', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual(['listCorpus', 'onMenuCommand', 'saveFile', 'saveFiles', 'saveOriginal', 'savePdf', 'setInterfaceLanguage']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or its invoke function', async () => {
    const api = await loadPreload();
    for (const value of Object.values(api)) expect(value).not.toBe(invoke);
    expect(Object.values(api)).not.toContainEqual(expect.objectContaining({ invoke }));
  });

  it('listCorpus invokes corpus:list with no arguments and returns the reply', async () => {
    const api = await loadPreload();
    await expect(api.listCorpus!()).resolves.toBe('reply');
    expect(invoke).toHaveBeenCalledExactlyOnceWith('corpus:list');
  });

  it('saveFile invokes file:save with the request unchanged', async () => {
    const api = await loadPreload();
    const request = { suggestedName: 'notes.md', content: '# ملاحظات', kind: 'markdown' };
    await api.saveFile!(request);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('file:save', request);
  });

  it('saveFiles invokes file:save-many with the request unchanged', async () => {
    const api = await loadPreload();
    const request = { folderName: 'قراءة', files: [{ name: 'ليبيا.md', content: '# ليبيا' }] };
    await api.saveFiles!(request);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('file:save-many', request);
  });

  it('saveOriginal invokes file:save-original with the request unchanged, bytes and all', async () => {
    const api = await loadPreload();
    const bytes = new Uint8Array([0xe1, 0xed, 0xc8, 0xed, 0xc7]); // ليبيا in windows-1256
    const request = { suggestedName: 'ليبيا.txt', bytes };
    await api.saveOriginal!(request);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('file:save-original', request);
    expect(invoke.mock.calls[0]?.[1]).toBe(request);
  });

  it('setInterfaceLanguage invokes ui:set-language with the language', async () => {
    const api = await loadPreload();
    await api.setInterfaceLanguage!('ar');
    expect(invoke).toHaveBeenCalledExactlyOnceWith('ui:set-language', 'ar');
  });

  it('uses the channel names of the contract', async () => {
    const { Channels } = await import('./api-contract');
    expect(Channels).toEqual({
      corpusList: 'corpus:list',
      fileSave: 'file:save',
      filesSave: 'file:save-many',
      originalSave: 'file:save-original',
      interfaceLanguage: 'ui:set-language',
      pdfSave: 'file:save-pdf',
      menuCommand: 'menu:command',
    });
  });

  it('passes on only the menu commands of the contract, never the event, and unsubscribes', async () => {
    const api = (await loadPreload()) as unknown as { onMenuCommand: (listener: (command: string) => void) => () => void };
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    const forward = on.mock.calls[0]![1] as (event: unknown, command: unknown) => void;
    expect(on.mock.calls[0]![0]).toBe('menu:command');
    forward({ sender: 'ipc' }, 'save-pdf');
    forward({ sender: 'ipc' }, 'rm -rf');
    forward({ sender: 'ipc' }, 'select-all');
    forward({ sender: 'ipc' }, { command: 'select-all' });
    expect(listener.mock.calls).toEqual([['save-pdf'], ['select-all']]);
    listener.mockClear();
    for (const command of MENU_COMMANDS) forward({ sender: 'ipc' }, command);
    expect(listener.mock.calls).toEqual(MENU_COMMANDS.map((command) => [command]));
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith('menu:command', forward);
  });
});
