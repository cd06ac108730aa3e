import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  show: ReturnType<typeof vi.fn>;
  maximize: ReturnType<typeof vi.fn>;
  loadURL: ReturnType<typeof vi.fn>;
  emit(event: string): boolean;
}

const created = vi.hoisted(() => [] as Array<{ options: Record<string, unknown>; win: unknown }>);

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class FakeWindow extends EventEmitter {
    show = vi.fn();
    maximize = vi.fn();
    loadURL = vi.fn(async () => undefined);
    getNormalBounds = () => ({ x: 0, y: 0, width: 1, height: 1 });
    isMaximized = () => false;
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, win: this });
    }
  }
  const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 875 } };
  return {
    BrowserWindow: FakeWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getPrimaryDisplay: () => laptop, getAllDisplays: () => [laptop] },
  };
});

const { createMainWindow } = await import('./window');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiraa-win-'));
  created.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const open = () =>
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', startUrl: 'app://qiraa/index.html', stateFile: path.join(dir, 'window-state.json') });

describe('createMainWindow', () => {
  it('locks the page down: isolated, sandboxed, no Node, web security on', () => {
    open();
    expect(created[0]?.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      webviewTag: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it("is titled Qira'a, hidden until ready, with a minimum size and a background colour", () => {
    open();
    expect(created[0]?.options).toMatchObject({ title: "Qira'a", show: false, minWidth: 720, minHeight: 480, backgroundColor: '#faf8f3' });
  });

  it('loads the start URL and shows the window when it is ready', () => {
    const win = open() as unknown as FakeWindow;
    expect(win.loadURL).toHaveBeenCalledWith('app://qiraa/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('centres a first window on the primary display', () => {
    open();
    expect(created[0]?.options).toMatchObject({ x: 120, y: 28, width: 1200, height: 820 });
  });

  it('restores saved bounds, pulled back onto the display, and the maximised state', async () => {
    await writeFile(path.join(dir, 'window-state.json'), JSON.stringify({ x: 900, y: 100, width: 1000, height: 700, isMaximized: true }));
    const win = open() as unknown as FakeWindow;
    expect(created[0]?.options).toMatchObject({ x: 440, y: 100, width: 1000, height: 700 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
  });
});
