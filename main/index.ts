/**
 * Lifecycle only: one instance, the app:// scheme, IPC, the menu and the window. Each step
 * lives in its own module; this file just puts them in order.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import { APP_ENTRY_URL, devServerUrl } from './app-origin';
import { corpusFolder, createCorpusCache } from './corpus-loader';
import { hardenWebContents, restrictPermissions } from './harden-web-contents';
import { registerIpcHandlers } from './ipc';
import { initInterfaceLanguage, interfaceLanguage, t } from './interface-language';
import { Channels } from '../preload/channels';
import { installApplicationMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './serve-app-protocol';
import { createMainWindow } from './window';

// This file is built to out/main/index.js; preload and renderer are its siblings in out/.
const OUT_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PRELOAD_PATH = path.join(OUT_DIR, 'preload', 'index.cjs');
const RENDERER_ROOT = path.join(OUT_DIR, 'renderer');

// Before 'ready': Chromium reads scheme privileges once, at startup.
registerAppScheme();

const devUrl = devServerUrl(process.env, app.isPackaged);
let mainWindow: BrowserWindow | null = null;

/** The page starts in the system's languages (the user's choice, if any, is remembered by the page). */
function startUrl(): string {
  const url = new URL(devUrl ?? APP_ENTRY_URL);
  url.searchParams.set('languages', app.getPreferredSystemLanguages().join(','));
  return url.toString();
}

function installMenu(): void {
  installApplicationMenu({
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    appName: t('app.name'),
    t,
    // Save as PDF…: the page picks the name (the article's title) and asks back on file:save-pdf.
    onCommand: (command) => mainWindow?.webContents.send(Channels.menuCommand, command),
  });
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: PRELOAD_PATH,
    startUrl: startUrl(),
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another copy is running; it gets 'second-instance' and comes to the front.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devUrl));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // macOS: clicking the dock icon with no window open brings one back.
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      restrictPermissions(session.defaultSession, devUrl);
      serveAppProtocol(RENDERER_ROOT);
      const seeds = corpusFolder({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
      initInterfaceLanguage(app.getPreferredSystemLanguages());
      registerIpcHandlers({
        listCorpus: createCorpusCache(seeds),
        devUrl,
        // The page chose another language: the menus follow at once.
        onInterfaceLanguage: (previous) => {
          if (previous !== interfaceLanguage()) installMenu();
        },
      });
      installMenu();
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Startup failed:', error);
      app.exit(1);
    });
}
