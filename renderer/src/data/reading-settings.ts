/** Reading preferences: pure parsing and clamping, so bad stored data never breaks the reader. */

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export type ThemeSetting = (typeof THEMES)[number];

export interface ReadingSettings {
  theme: ThemeSetting;
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
}

export const FONT_SIZE = { min: 14, max: 32, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.4, max: 2.6, step: 0.1 } as const;

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  theme: 'system',
  fontSize: 20,
  lineHeight: 2,
};

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Reads stored settings of any shape (older versions, hand-edited backups) into valid settings,
 * keeping every field that makes sense and defaulting the rest.
 */
export function parseReadingSettings(stored: unknown): ReadingSettings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const theme = THEMES.find((t) => t === source['theme']) ?? DEFAULT_READING_SETTINGS.theme;
  const fontSize = clamp(Math.round(finiteOr(source['fontSize'], DEFAULT_READING_SETTINGS.fontSize)), FONT_SIZE.min, FONT_SIZE.max);
  const rawLineHeight = clamp(finiteOr(source['lineHeight'], DEFAULT_READING_SETTINGS.lineHeight), LINE_HEIGHT.min, LINE_HEIGHT.max);
  return { theme, fontSize, lineHeight: Math.round(rawLineHeight * 10) / 10 };
}

/** Moves a numeric setting one step, staying in range. */
export function stepSetting(value: number, range: { min: number; max: number; step: number }, direction: 1 | -1): number {
  const next = clamp(value + direction * range.step, range.min, range.max);
  return Math.round(next * 10) / 10;
}
