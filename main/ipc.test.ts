import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusEntry } from '../renderer/src/core/corpus/corpus-types';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  fromWebContents: vi.fn(),
  documents: '/home/reader/Documents',
}));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'documents' ? electron.documents : '/nowhere') },
  BrowserWindow: { fromWebContents: electron.fromWebContents },
  dialog: { showSaveDialog: electron.showSaveDialog, showOpenDialog: electron.showOpenDialog },
  ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
}));

const { registerIpcHandlers } = await import('./ipc');

const CORPUS: CorpusEntry[] = [{ ok: false, error: { id: '000', fileName: '000.txt', reason: { id: 'corpus.error.empty', values: { file: '000.txt' } } } }];
const listCorpus = vi.fn(async () => CORPUS);
registerIpcHandlers({ listCorpus, devUrl: 'http://localhost:5173' });

const WINDOW = { id: 1 };
const fromPage = (url = 'app://qiraa/index.html') => ({ senderFrame: { url }, sender: { id: 7 } });
const call = (channel: string, event: unknown, ...args: unknown[]) => electron.handlers.get(channel)!(event, ...args);
const NOTE = { suggestedName: 'ملاحظات.md', content: '# ملاحظات\n\nدعت الولايات المتحدة إلى الانسحاب.\n', kind: 'markdown' };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiraa-ipc-'));
  electron.showSaveDialog.mockReset();
  electron.showOpenDialog.mockReset();
  electron.fromWebContents.mockReset().mockReturnValue(WINDOW);
  listCorpus.mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('registerIpcHandlers', () => {
  it('handles exactly the channels of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(['corpus:list', 'file:save', 'file:save-many', 'file:save-original', 'file:save-pdf', 'ui:set-language']);
  });
});

describe('ui:set-language', () => {
  afterEach(() => call('ui:set-language', fromPage(), 'en'));

  it('makes the next dialog and its filters speak the chosen language', async () => {
    await call('ui:set-language', fromPage(), 'ar');
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call('file:save-original', fromPage(), { suggestedName: 'مقال.html', bytes: new Uint8Array() });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({ filters: [{ name: 'الملف الأصلي (*.html)', extensions: ['html'] }, { name: 'كل الملفات', extensions: ['*'] }] }),
    );
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await call('file:save-many', fromPage(), { folderName: 'تصدير', files: [{ name: 'أ.md', content: 'نص' }] });
    expect(electron.showOpenDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ title: 'اختر مكان إنشاء مجلد التصدير', buttonLabel: 'صدّر هنا' }));
  });

  it.each([['fr'], [''], [['ar']], [undefined]])('refuses a language it does not have (%j)', async (language) => {
    await expect(call('ui:set-language', fromPage(), language)).rejects.toThrow(/invalid arguments/);
  });

  it('refuses a call from another page', async () => {
    await expect(call('ui:set-language', fromPage('https://evil.example/'), 'ar')).rejects.toThrow(/did not come from the app's own page/);
  });
});

describe('the sender check', () => {
  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a file:// page', 'file:///tmp/index.html'],
    ['another app host', 'app://other/index.html'],
    ['another dev port', 'http://localhost:5174/'],
    ['a blank frame', 'about:blank'],
  ])('refuses calls from %s and does nothing', async (_case, url) => {
    await expect(call('corpus:list', fromPage(url))).rejects.toThrow(/did not come from the app's own page/);
    await expect(call('file:save', fromPage(url), NOTE)).rejects.toThrow(/did not come from the app's own page/);
    expect(listCorpus).not.toHaveBeenCalled();
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is already gone', async () => {
    await expect(call('corpus:list', { senderFrame: null, sender: {} })).rejects.toThrow(/refused/);
  });

  it('accepts the dev server page while developing', async () => {
    await expect(call('corpus:list', fromPage('http://localhost:5173/'))).resolves.toBe(CORPUS);
  });
});

describe('corpus:list', () => {
  it('returns the corpus', async () => {
    await expect(call('corpus:list', fromPage())).resolves.toBe(CORPUS);
  });

  it('refuses unexpected arguments', async () => {
    await expect(call('corpus:list', fromPage(), 'seeds/../../etc')).rejects.toThrow(/corpus:list refused: invalid arguments/);
    expect(listCorpus).not.toHaveBeenCalled();
  });
});

describe('file:save-pdf', () => {
  const printing = (bytes: Uint8Array) => ({ ...fromPage(), sender: { id: 7, printToPDF: vi.fn(async () => bytes) } });

  it('prints the asking page to PDF and writes it, atomically, where the user chose', async () => {
    const target = path.join(dir, 'مقال.pdf');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const event = printing(new TextEncoder().encode('%PDF-1.7 test'));
    await expect(call('file:save-pdf', event, { suggestedName: 'مقال.pdf' })).resolves.toEqual({ saved: true, path: target });
    expect(event.sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }));
    expect(electron.showSaveDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(await readdir(dir)).toEqual(['مقال.pdf']);
  });

  it.each([
    ['a name that is not a PDF', { suggestedName: 'مقال.html' }],
    ['a path', { suggestedName: '../مقال.pdf' }],
    ['extra fields', { suggestedName: 'مقال.pdf', content: 'x' }],
  ])('refuses %s', async (_case, request) => {
    await expect(call('file:save-pdf', printing(new Uint8Array(1)), request)).rejects.toThrow(/invalid arguments/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:save', () => {
  it('offers the suggested name in Documents with a Markdown filter, modal to the window', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call('file:save', fromPage(), NOTE);
    expect(electron.fromWebContents).toHaveBeenCalledWith({ id: 7 });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({
        defaultPath: path.join('/home/reader/Documents', 'ملاحظات.md'),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      }),
    );
  });

  it('offers a JSON filter for JSON exports', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call('file:save', fromPage(), { ...NOTE, suggestedName: 'highlights.json', kind: 'json' });
    expect(electron.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ filters: [{ name: 'JSON', extensions: ['json'] }] });
  });

  it('writes the content to the path the dialog returned, and reports it', async () => {
    const target = path.join(dir, 'chosen.md');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(call('file:save', fromPage(), NOTE)).resolves.toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe(NOTE.content);
    expect(await readdir(dir)).toEqual(['chosen.md']);
  });

  it('replaces an existing file the user chose to overwrite', async () => {
    const target = path.join(dir, 'chosen.md');
    await writeFile(target, 'old');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await call('file:save', fromPage(), NOTE);
    expect(await readFile(target, 'utf8')).toBe(NOTE.content);
  });

  it('rejects, leaving nothing behind, when the chosen folder cannot be written', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'gone', 'chosen.md') });
    await expect(call('file:save', fromPage(), NOTE)).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes nothing when the user cancels', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(call('file:save', fromPage(), NOTE)).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('uses an unparented dialog when the sender has no window', async () => {
    electron.fromWebContents.mockReturnValue(null);
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call('file:save', fromPage(), NOTE);
    expect(electron.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it.each([
    ['no request', []],
    ['a path instead of a name', [{ ...NOTE, suggestedName: '../../.bashrc' }]],
    ['a Windows path', [{ ...NOTE, suggestedName: 'C:\\Users\\x\\evil.md' }]],
    ['an empty name', [{ ...NOTE, suggestedName: '' }]],
    ['an unknown kind', [{ ...NOTE, kind: 'exe' }]],
    ['content that is not text', [{ ...NOTE, content: { toString: 'x' } }]],
    ['an extra field', [{ ...NOTE, path: '/etc/passwd' }]],
    ['a second argument', [NOTE, '/etc/passwd']],
  ])('refuses %s without opening a dialog', async (_case, args) => {
    await expect(call('file:save', fromPage(), ...args)).rejects.toThrow(/file:save refused: invalid arguments/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('says which field was wrong', async () => {
    await expect(call('file:save', fromPage(), { ...NOTE, kind: 'exe' })).rejects.toThrow(/kind/);
  });
});

describe('file:save-many', () => {
  const FOLDER = {
    folderName: 'قراءة — تصدير',
    files: [
      { name: 'الانسحاب من ليبيا.md', content: '# الانسحاب من ليبيا\n' },
      { name: 'ملاحظة.md', content: 'ملاحظة حرة\n' },
    ],
  };

  it('creates a new folder in the directory the user picked and writes every file there', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    await expect(call('file:save-many', fromPage(), FOLDER)).resolves.toEqual({ saved: true, path: path.join(dir, FOLDER.folderName), count: 2 });
    expect((await readdir(path.join(dir, FOLDER.folderName))).sort()).toEqual(FOLDER.files.map((f) => f.name).sort());
    expect(electron.showOpenDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
  });

  it('writes nothing when the user cancels', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(call('file:save-many', fromPage(), FOLDER)).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['a file name with a path in it', { ...FOLDER, files: [{ name: '../escape.md', content: 'x' }] }],
    ['a folder name with a path in it', { ...FOLDER, folderName: '../../etc' }],
    ['a dot-dot folder name', { ...FOLDER, folderName: '..' }],
    ['two names that differ only in case', { ...FOLDER, files: [{ name: 'A.md', content: '' }, { name: 'a.md', content: '' }] }],
    ['no files', { ...FOLDER, files: [] }],
    ['an extra field', { ...FOLDER, directory: '/etc' }],
    ['a Windows device name', { ...FOLDER, files: [{ name: 'aux.md', content: '' }] }],
    ['an NTFS data stream', { ...FOLDER, files: [{ name: 'a.md:hidden', content: '' }] }],
    ['a folder name ending in a dot', { ...FOLDER, folderName: 'تصدير.' }],
  ])('refuses %s without opening a dialog', async (_case, request) => {
    await expect(call('file:save-many', fromPage(), request)).rejects.toThrow(/file:save-many refused: invalid arguments/);
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses more than 20,000 files with a reason the user can act on', async () => {
    const files = Array.from({ length: 20_001 }, (_, i) => ({ name: `${i}.md`, content: '' }));
    const refusal = call('file:save-many', fromPage(), { ...FOLDER, files });
    await expect(refusal).rejects.toThrow(/at most 20,000 files, and this one would have 20,001: export the notebook as one file instead/);
    await expect(refusal).rejects.not.toThrow(/Too big/i);
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses calls from outside the app', async () => {
    await expect(call('file:save-many', fromPage('https://evil.example/'), FOLDER)).rejects.toThrow(/did not come from the app's own page/);
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('file:save-original', () => {
  // A line of the corpus as a windows-1256 .txt with CRLF: almost every byte is 0x80 or above,
  // so any decoding or re-encoding on the way would change it.
  const CP1256 = Buffer.from(
    'cfdaca20c7e1e6e1c7edc7ca20c7e1e3cacdcfc920c5e1ec20c7e1c7e4d3cdc7c820c7e1dde6d1ed20e1e1dee6c7ca20c7e1d1e6d3edc920e6c7e1cad1dfedc920e3e420e1edc8edc72e0d0a',
    'hex',
  );
  const ORIGINAL = { suggestedName: 'ليبيا.txt', bytes: new Uint8Array(CP1256) };

  it('uses a real windows-1256 fixture', () => {
    expect(new TextDecoder('windows-1256').decode(ORIGINAL.bytes)).toBe(
      'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.\r\n',
    );
  });

  it('writes the exact bytes to the path the dialog returned, and reports it', async () => {
    const target = path.join(dir, 'chosen.txt');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(call('file:save-original', fromPage(), ORIGINAL)).resolves.toEqual({ saved: true, path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(ORIGINAL.bytes);
    expect(await readdir(dir)).toEqual(['chosen.txt']);
  });

  it('writes only the bytes of the view it was given, not the rest of its buffer', async () => {
    const target = path.join(dir, 'chosen.txt');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const padded = new Uint8Array([0xff, ...CP1256, 0xff]);
    await call('file:save-original', fromPage(), { ...ORIGINAL, bytes: padded.subarray(1, -1) });
    expect(new Uint8Array(await readFile(target))).toEqual(ORIGINAL.bytes);
  });

  it('accepts a Buffer, which is a Uint8Array', async () => {
    const target = path.join(dir, 'chosen.txt');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await call('file:save-original', fromPage(), { ...ORIGINAL, bytes: CP1256 });
    expect(await readFile(target)).toEqual(CP1256);
  });

  it('writes an empty file as an empty file', async () => {
    const target = path.join(dir, 'empty.md');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await call('file:save-original', fromPage(), { suggestedName: 'empty.md', bytes: new Uint8Array() });
    expect((await readFile(target)).byteLength).toBe(0);
  });

  it.each([
    ['an .html file', 'مقال.html', [{ name: 'Original file (*.html)', extensions: ['html'] }, { name: 'All files', extensions: ['*'] }]],
    ['a .txt file', 'ليبيا.txt', [{ name: 'Original file (*.txt)', extensions: ['txt'] }, { name: 'All files', extensions: ['*'] }]],
    ['a name without an extension', 'README', [{ name: 'All files', extensions: ['*'] }]],
    ['a dot file', '.notes', [{ name: 'All files', extensions: ['*'] }]],
    ['an odd extension', 'x.a;*', [{ name: 'All files', extensions: ['*'] }]],
  ])('offers the suggested name in Documents, filtered by its extension, for %s', async (_case, suggestedName, filters) => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call('file:save-original', fromPage(), { ...ORIGINAL, suggestedName });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      WINDOW,
      expect.objectContaining({ defaultPath: path.join('/home/reader/Documents', suggestedName), filters }),
    );
  });

  // Names another system allowed: the bytes can still be saved, under a name every system accepts.
  it.each([
    ['notes: draft.txt', 'notes draft.txt'],
    ['CON.txt', 'CON_.txt'],
    ['aux.md', 'aux_.md'],
    ['مسودة.', 'مسودة'],
    ['تقرير .html ', 'تقرير .html'],
  ])('offers %j as %j, a name every system accepts', async (suggestedName, offered) => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await call('file:save-original', fromPage(), { ...ORIGINAL, suggestedName });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ defaultPath: path.join('/home/reader/Documents', offered) }));
  });

  it('writes nothing when the user cancels', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(call('file:save-original', fromPage(), ORIGINAL)).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['text instead of bytes', [{ ...ORIGINAL, bytes: 'دعت الولايات المتحدة' }]],
    ['an array of numbers', [{ ...ORIGINAL, bytes: [...CP1256] }]],
    ['an ArrayBuffer', [{ ...ORIGINAL, bytes: new ArrayBuffer(4) }]],
    ['another typed array', [{ ...ORIGINAL, bytes: new Uint16Array(4) }]],
    ['an object that looks like bytes', [{ ...ORIGINAL, bytes: { 0: 0xe1, length: 1, byteLength: 1 } }]],
    ['no bytes', [{ suggestedName: ORIGINAL.suggestedName }]],
    ['a path instead of a name', [{ ...ORIGINAL, suggestedName: '../../.bashrc' }]],
    ['an absolute path', [{ ...ORIGINAL, suggestedName: '/etc/passwd' }]],
    ['a Windows path', [{ ...ORIGINAL, suggestedName: 'C:\\Users\\x\\evil.txt' }]],
    ['a dot-dot name', [{ ...ORIGINAL, suggestedName: '..' }]],
    ['an extra field', [{ ...ORIGINAL, path: '/etc/passwd' }]],
    ['a second argument', [ORIGINAL, '/etc/passwd']],
    ['no request', []],
  ])('refuses %s without opening a dialog', async (_case, args) => {
    await expect(call('file:save-original', fromPage(), ...args)).rejects.toThrow(/file:save-original refused: invalid arguments/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses more than 256 MB without opening a dialog', async () => {
    const oversize = new Uint8Array(256 * 1024 * 1024 + 1);
    await expect(call('file:save-original', fromPage(), { ...ORIGINAL, bytes: oversize })).rejects.toThrow(/at most 256 MB/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses calls from outside the app', async () => {
    await expect(call('file:save-original', fromPage('https://evil.example/'), ORIGINAL)).rejects.toThrow(/did not come from the app's own page/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});
