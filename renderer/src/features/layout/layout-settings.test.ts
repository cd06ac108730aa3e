import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_SETTINGS, parseLayoutSettings } from './layout-settings';

describe('parseLayoutSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_LAYOUT_SETTINGS],
    ['a string', 'closed', DEFAULT_LAYOUT_SETTINGS],
    ['both closed', { libraryOpen: false, sidePanelOpen: false }, { libraryOpen: false, sidePanelOpen: false }],
    ['one field', { sidePanelOpen: false }, { libraryOpen: true, sidePanelOpen: false }],
    ['non-boolean fields', { libraryOpen: 0, sidePanelOpen: 'no' }, DEFAULT_LAYOUT_SETTINGS],
  ])('reads %s', (_name, stored, expected) => {
    expect(parseLayoutSettings(stored)).toEqual(expected);
  });
});
