import type { QiraaApi } from '../../../preload/api-contract';

declare global {
  interface Window {
    api?: QiraaApi;
  }
}

/**
 * The desktop app gets window.api from the preload; the web build (mode "web") brings its own.
 * The mode check is static, so the desktop bundle never contains the browser implementation.
 */
export async function getApi(): Promise<QiraaApi> {
  if (import.meta.env.MODE === 'web') {
    const { browserApi } = await import('./browser-api');
    return browserApi;
  }
  if (!window.api) throw new Error('The desktop bridge (preload) did not load, so the corpus cannot be read.');
  return window.api;
}
