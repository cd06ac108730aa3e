/** The layout's keyboard shortcuts, matched by physical key so they work with any keyboard layout (Arabic included). */

export type LayoutCommand = 'toggleLibrary' | 'toggleSidePanel' | 'toggleFocus';

/** Ctrl/⌘+Shift+L, P and F: none is taken by the app, Chromium or Electron's menu. */
const COMMANDS: Record<string, LayoutCommand> = {
  KeyL: 'toggleLibrary',
  KeyP: 'toggleSidePanel',
  KeyF: 'toggleFocus',
};

/** The command a key press asks for, if any. */
export function layoutCommandOf(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): LayoutCommand | null {
  if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return null;
  return COMMANDS[event.code] ?? null;
}
