/**
 * Where the app's own pages come from. Everything else (navigation, IPC senders) is judged
 * against these origins.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'qiraa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The dev server URL set by electron-vite, or null. Ignored in a packaged app so that an
 * environment variable can never point the window at a remote page.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  const url = env.ELECTRON_RENDERER_URL;
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app: `app://qiraa/...`, or in dev the dev server's origin.
 * Compares scheme and host by hand: Node's URL gives `origin === 'null'` for custom schemes,
 * and does not lower-case their host (Chromium does, for a scheme registered as standard).
 */
export function isAppUrl(url: string, devUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
  }
  if (devUrl === null) return false;
  return parsed.origin === new URL(devUrl).origin;
}
