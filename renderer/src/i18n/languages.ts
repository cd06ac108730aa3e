/** The interface languages and how one is picked from the system's preferences: pure, shared by main and renderer. */

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Used when none of the system's languages is one we have. */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the user's preferred languages (BCP 47 tags, most preferred first: `ar-SA`,
 * `en-GB`) that the interface speaks, by primary subtag; the fallback when none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}

/** The writing direction of the interface in `language`. */
export function textDirection(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

const TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,6}$/;

/**
 * Reads a comma-separated list of language tags (as main passes the system's languages in the
 * page's URL), keeping only well-formed tags, at most eight.
 */
export function parseLanguageList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length <= 35 && TAG.test(tag))
    .slice(0, 8);
}
