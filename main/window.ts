/**
 * The one window factory. Every security-relevant window setting lives here, written out in
 * full (not spread from elsewhere) so a reviewer and electronegativity can see all of them.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { fitBoundsToDisplays, loadWindowState, MIN_SIZE, trackWindowState } from './window-state';

export interface MainWindowOptions {
  /** Absolute path to out/preload/index.cjs. */
  preloadPath: string;
  /** `app://qiraa/index.html`, or the dev server URL while developing. */
  startUrl: string;
  /** userData/window-state.json */
  stateFile: string;
}

// Match the page's paper colours so the window does not flash white (or black) while loading.
const BACKGROUND = { light: '#faf8f3', dark: '#1d1c1a' };

export function createMainWindow({ preloadPath, startUrl, stateFile }: MainWindowOptions): BrowserWindow {
  const saved = loadWindowState(stateFile);
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
  const bounds = fitBoundsToDisplays(saved, workAreas);

  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: "Qira'a",
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    // Shown on 'ready-to-show', once there is something to see.
    show: false,
    webPreferences: {
      preload: preloadPath,
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
      // Middle-click would otherwise ask to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });

  win.once('ready-to-show', () => {
    // maximize() also shows the window, so it replaces show() rather than preceding it.
    if (saved?.isMaximized) win.maximize();
    else win.show();
  });
  trackWindowState(win, stateFile);
  win.loadURL(startUrl).catch((error: unknown) => console.error(`Could not load ${startUrl}:`, error));
  return win;
}
