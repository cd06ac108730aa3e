/** Which side panels the user keeps open on a wide window: pure parsing, so bad stored data never hides the app. */

export interface LayoutSettings {
  libraryOpen: boolean;
  sidePanelOpen: boolean;
}

export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = { libraryOpen: true, sidePanelOpen: true };

/** Reads a stored layout row of any shape, keeping the fields that are booleans and defaulting the rest. */
export function parseLayoutSettings(stored: unknown): LayoutSettings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const flag = (name: keyof LayoutSettings) => {
    const value = source[name];
    return typeof value === 'boolean' ? value : DEFAULT_LAYOUT_SETTINGS[name];
  };
  return { libraryOpen: flag('libraryOpen'), sidePanelOpen: flag('sidePanelOpen') };
}
