/**
 * The interface preferences (language, digits, calendar): pure parsing, so bad stored data
 * never breaks the app, and the Intl locale tag they make.
 */
import { isLanguage, type Language } from './languages';

export const DIGITS = ['arab', 'latn'] as const;
export type Digits = (typeof DIGITS)[number];
export const CALENDARS = ['gregory', 'islamic-umalqura'] as const;
export type Calendar = (typeof CALENDARS)[number];

export interface InterfaceSettings {
  /** Chosen by the user; null follows the system's languages. */
  language: Language | null;
  /** Chosen by the user; null uses the language's own (Arabic-Indic in Arabic, Latin in English). */
  digits: Digits | null;
  calendar: Calendar;
}

export const DEFAULT_INTERFACE_SETTINGS: InterfaceSettings = { language: null, digits: null, calendar: 'gregory' };

/** Reads stored settings of any shape, keeping every field that makes sense and defaulting the rest. */
export function parseInterfaceSettings(stored: unknown): InterfaceSettings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const language = source['language'];
  const digits = DIGITS.find((d) => d === source['digits']) ?? null;
  const calendar = CALENDARS.find((c) => c === source['calendar']) ?? DEFAULT_INTERFACE_SETTINGS.calendar;
  return { language: isLanguage(language) ? language : null, digits, calendar };
}

/** The digits shown when the user has not chosen: each language's own. */
export function defaultDigits(language: Language): Digits {
  return language === 'ar' ? 'arab' : 'latn';
}

/**
 * The BCP 47 tag every Intl formatter of the interface uses: `ar-u-ca-gregory-nu-arab`,
 * `en-u-ca-islamic-umalqura-nu-latn`. Unicode extension keys are written in alphabetical order.
 */
export function localeTag(language: Language, digits: Digits | null, calendar: Calendar): string {
  return `${language}-u-ca-${calendar}-nu-${digits ?? defaultDigits(language)}`;
}
