import { parseLanguageList } from './languages';

/**
 * The system's preferred languages, most preferred first. The desktop app's main process puts
 * them in the page's URL (`?languages=ar-SA,en-US`, from Electron's preferred system languages);
 * the browser build reads navigator.languages.
 */
export function systemLanguages(): string[] {
  const fromMain = parseLanguageList(new URLSearchParams(window.location.search).get('languages'));
  if (fromMain.length > 0) return fromMain;
  return navigator.languages.length > 0 ? [...navigator.languages] : [navigator.language];
}
