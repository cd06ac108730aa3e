/**
 * The formatter for code outside components (hooks' callbacks, workers' results turned into
 * messages, document.title): the one the I18nProvider last rendered with.
 */
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { CATALOGUES } from './catalogues';
import { FALLBACK_LANGUAGE, type Language } from './languages';

const cache = createIntlCache();

/** A react-intl formatter for `locale` (a full tag with calendar and digits) in `language`. */
export function createFormatter(language: Language, locale: string): IntlShape {
  return createIntl({ locale, defaultLocale: 'en', messages: CATALOGUES[language] }, cache);
}

let current: IntlShape = createFormatter(FALLBACK_LANGUAGE, 'en');

export function setCurrentIntl(intl: IntlShape): void {
  current = intl;
}

/** The interface's formatter now; inside components, use useIntl() instead so they re-render on a change. */
export function currentIntl(): IntlShape {
  return current;
}
