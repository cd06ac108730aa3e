/**
 * How a keyboard shortcut is named for the user's platform: "Ctrl+Shift+L" on Windows and Linux,
 * "⇧⌘L" on macOS (Apple's modifier symbols in Apple's order, no plus signs), and the matching
 * `aria-keyshortcuts` value in ARIA's syntax ("Control+Shift+L" / "Meta+Shift+L"). Pure: the
 * platform is passed in (see `platformOf`).
 */

export type KeyPlatform = 'mac' | 'other';

/** A shortcut: the primary modifier (Ctrl, ⌘ on a Mac) and the others it needs, and its key. */
export interface Shortcut {
  /** Ctrl on Windows and Linux, ⌘ (Command) on macOS. */
  primary?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** The key as it is shown: a letter in the user's layout ("L", "ا"), or a named key ("Enter"). */
  key: string;
}

/** Keys macOS names with a symbol. */
const MAC_KEYS: Record<string, string> = { Enter: '↩', Backspace: '⌫', Delete: '⌦', Tab: '⇥', Escape: '⎋' };

/** The shortcut as the platform's menus and manuals write it. */
export function shortcutLabel(shortcut: Shortcut, platform: KeyPlatform): string {
  const { primary = false, alt = false, shift = false, key } = shortcut;
  if (platform === 'mac') return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${primary ? '⌘' : ''}${MAC_KEYS[key] ?? key}`;
  return [primary && 'Ctrl', alt && 'Alt', shift && 'Shift', key].filter((part): part is string => typeof part === 'string').join('+');
}

/** The `aria-keyshortcuts` value: ARIA's modifier names, `key` a KeyboardEvent key value ("K", "Enter"). */
export function ariaKeyShortcut(shortcut: Shortcut, platform: KeyPlatform): string {
  const { primary = false, alt = false, shift = false, key } = shortcut;
  return [primary && (platform === 'mac' ? 'Meta' : 'Control'), alt && 'Alt', shift && 'Shift', key].filter((part): part is string => typeof part === 'string').join('+');
}

/** What a browser says about its platform: `navigator.userAgentData` where there is one, else `navigator.platform`. */
export interface PlatformHints {
  platform?: string;
  userAgentData?: { platform?: string };
}

/** macOS (and iPadOS with a keyboard, which names ⌘ the same way) or any other platform. */
export function platformOf(hints: PlatformHints): KeyPlatform {
  const named = hints.userAgentData?.platform || hints.platform || '';
  return /^(mac|iphone|ipad|ipod)/i.test(named) ? 'mac' : 'other';
}
