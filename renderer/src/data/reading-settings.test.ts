import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS, FONT_SIZE, LINE_HEIGHT, parseReadingSettings, stepSetting } from './reading-settings';

describe('parseReadingSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_READING_SETTINGS],
    ['a string instead of an object', 'dark', DEFAULT_READING_SETTINGS],
    ['valid settings', { theme: 'sepia', fontSize: 24, lineHeight: 1.8 }, { theme: 'sepia', fontSize: 24, lineHeight: 1.8 }],
    ['an unknown theme', { theme: 'neon', fontSize: 18, lineHeight: 2 }, { theme: 'system', fontSize: 18, lineHeight: 2 }],
    ['a font size far too large', { theme: 'dark', fontSize: 400, lineHeight: 2 }, { theme: 'dark', fontSize: 32, lineHeight: 2 }],
    ['NaN and strings as numbers', { fontSize: Number.NaN, lineHeight: '2' }, DEFAULT_READING_SETTINGS],
    ['a line height too tight', { lineHeight: 0.5 }, { ...DEFAULT_READING_SETTINGS, lineHeight: 1.4 }],
  ])('keeps what makes sense and defaults the rest: %s', (_name, stored, expected) => {
    expect(parseReadingSettings(stored)).toEqual(expected);
  });
});

describe('stepSetting', () => {
  it('moves the font size by one step and stops at the ends of its range', () => {
    expect(stepSetting(20, FONT_SIZE, 1)).toBe(21);
    expect(stepSetting(FONT_SIZE.max, FONT_SIZE, 1)).toBe(FONT_SIZE.max);
    expect(stepSetting(FONT_SIZE.min, FONT_SIZE, -1)).toBe(FONT_SIZE.min);
  });

  it('steps the line height in tenths without floating-point drift', () => {
    expect(stepSetting(1.7, LINE_HEIGHT, 1)).toBe(1.8);
    expect(stepSetting(2.6, LINE_HEIGHT, 1)).toBe(2.6);
  });
});
