import { useIntl } from 'react-intl';
import { pickLanguage, type Language } from './languages';

/** The interface language in use (chosen, or followed from the system). */
export function useLanguage(): Language {
  return pickLanguage([useIntl().locale]);
}
