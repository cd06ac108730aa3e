/**
 * The language of main's menus, dialogs and file filters: the system's until the page says
 * which one the user chose. Messages come from the renderer's catalogues, formatted with the
 * same ICU MessageFormat library react-intl uses.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type MessageId } from '../renderer/src/i18n/catalogues';
import { pickLanguage, type Language } from '../renderer/src/i18n/languages';

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

/** A formatter of `language`'s messages; pure, so tested without Electron. */
export function createTranslator(language: Language): Translate {
  return (id, values) => {
    const message = CATALOGUES[language][id];
    return String(new IntlMessageFormat(message, language).format(values));
  };
}

let language: Language = 'en';

/** Starts from the system's preferred languages (Electron's app.getPreferredSystemLanguages()). */
export function initInterfaceLanguage(systemLanguages: readonly string[]): Language {
  language = pickLanguage(systemLanguages);
  return language;
}

export function setInterfaceLanguage(next: Language): void {
  language = next;
}

export function interfaceLanguage(): Language {
  return language;
}

/** Translates into the interface language as it is now. */
export const t: Translate = (id, values) => createTranslator(language)(id, values);
