import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow extends EventEmitter {
  restore: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
}

const mocks = vi.hoisted(() => ({
  calls: [] as string[],
  lock: true,
  windows: [] as FakeWindow[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => mocks.lock,
    quit: vi.fn(() => mocks.calls.push('quit')),
    exit: vi.fn(),
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getPath: (name: string) => `/home/reader/.config/qiraa/${name}`,
    getAppPath: () => '/work/main',
    getName: () => "Qira'a",
    getPreferredSystemLanguages: () => ['ar-SA', 'en-US'],
  });
  return {
    app,
    BrowserWindow: { getAllWindows: () => mocks.windows },
    session: { defaultSession: { name: 'default' } },
  };
});

vi.mock('./serve-app-protocol', () => ({
  registerAppScheme: () => mocks.calls.push('registerAppScheme'),
  serveAppProtocol: (root: string) => mocks.calls.push(`serveAppProtocol ${root}`),
}));
vi.mock('./harden-web-contents', () => ({
  restrictPermissions: () => mocks.calls.push('restrictPermissions'),
  hardenWebContents: () => mocks.calls.push('hardenWebContents'),
}));
vi.mock('./ipc', () => ({ registerIpcHandlers: () => mocks.calls.push('registerIpcHandlers') }));
vi.mock('./menu', () => ({ installApplicationMenu: () => mocks.calls.push('installApplicationMenu') }));
vi.mock('./window', () => ({
  createMainWindow: (options: { startUrl: string; preloadPath: string }) => {
    mocks.calls.push(`createMainWindow ${options.startUrl} ${options.preloadPath}`);
    const win = Object.assign(new EventEmitter(), {
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    });
    mocks.windows.push(win);
    return win;
  },
}));

async function start(lock: boolean) {
  vi.resetModules();
  mocks.calls.length = 0;
  mocks.windows.length = 0;
  mocks.lock = lock;
  const { app } = await import('electron');
  (app as unknown as EventEmitter).removeAllListeners();
  await import('./index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return app as unknown as EventEmitter;
}

describe('main entry', () => {
  beforeEach(() => {
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it('registers the scheme first, then on ready: permissions, protocol, IPC, menu, window', async () => {
    await start(true);
    expect(mocks.calls.map((call) => call.split(' ')[0])).toEqual([
      'registerAppScheme',
      'restrictPermissions',
      'serveAppProtocol',
      'registerIpcHandlers',
      'installApplicationMenu',
      'createMainWindow',
    ]);
  });

  it('serves out/renderer and loads app://qiraa/index.html, telling it the system languages, with the CJS preload', async () => {
    await start(true);
    expect(mocks.calls.find((call) => call.startsWith('serveAppProtocol'))).toMatch(/out[/\\]renderer$|[/\\]renderer$/);
    expect(mocks.calls.find((call) => call.startsWith('createMainWindow'))).toMatch(
      /^createMainWindow app:\/\/qiraa\/index\.html\?languages=ar-SA%2Cen-US .*[/\\]preload[/\\]index\.cjs$/,
    );
  });

  it('loads the dev server while developing', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    await start(true);
    expect(mocks.calls.find((call) => call.startsWith('createMainWindow'))).toMatch(/^createMainWindow http:\/\/localhost:5173\/\?languages=ar-SA%2Cen-US /);
  });

  it('quits at once, doing nothing else, when another instance holds the lock', async () => {
    const app = await start(false);
    expect(mocks.calls).toEqual(['registerAppScheme', 'quit']);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the existing window back when a second instance starts', async () => {
    const app = await start(true);
    app.emit('second-instance');
    const [win] = mocks.windows;
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
  });

  it('hardens every web contents that gets created', async () => {
    const app = await start(true);
    app.emit('web-contents-created', {}, {});
    expect(mocks.calls).toContain('hardenWebContents');
  });

  it('quits when the last window closes, except on macOS', async () => {
    const app = await start(true);
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      app.emit('window-all-closed');
      expect(mocks.calls).not.toContain('quit');
      Object.defineProperty(process, 'platform', { value: 'linux' });
      app.emit('window-all-closed');
      expect(mocks.calls).toContain('quit');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
