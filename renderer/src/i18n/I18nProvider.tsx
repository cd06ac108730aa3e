import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { createFormatter, setCurrentIntl } from './current-intl';
import { localeTag } from './interface-settings';
import { useInterfaceSettings } from './interface-store';
import { pickLanguage, textDirection } from './languages';
import { systemLanguages } from './system-languages';

/** The system's languages, live: the browser tells the page when the user changes them. */
function useSystemLanguages(): string[] {
  const [languages, setLanguages] = useState(systemLanguages);
  useEffect(() => {
    const onChange = () => setLanguages(systemLanguages());
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, []);
  return languages;
}

/**
 * Gives the app its interface language: the user's choice, else the system's. Sets `<html lang
 * dir>` (the chrome mirrors in Arabic), the window title, and the formatter non-component code uses.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [settings] = useInterfaceSettings();
  const system = useSystemLanguages();
  const language = settings.language ?? pickLanguage(system);
  const locale = localeTag(language, settings.digits, settings.calendar);
  const intl = useMemo(() => createFormatter(language, locale), [language, locale]);
  // Before children render, so helpers they call format in the language they are drawn in.
  setCurrentIntl(intl);

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = textDirection(language);
    document.title = intl.formatMessage({ id: 'app.title' });
    // The desktop app's menus and dialogs follow (absent in the browser build).
    window.api?.setInterfaceLanguage?.(language).catch((error: unknown) => console.warn('The menus could not change language:', error));
  }, [language, intl]);

  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}
