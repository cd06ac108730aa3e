/**
 * Names a shortcut's physical key as the user's keyboard layout shows it ("ا" for KeyH in the
 * Arabic layout), where the platform tells us (the Keyboard Map API, Chromium), else the Latin letter.
 */
import { useEffect, useState } from 'react';
import { ariaKeyShortcut, platformOf, shortcutLabel, type KeyPlatform, type PlatformHints, type Shortcut } from './shortcut-label';

interface KeyboardLayoutMap {
  get(code: string): string | undefined;
}
interface NavigatorKeyboard {
  getLayoutMap?: () => Promise<KeyboardLayoutMap>;
}

/** The Latin letter or digit of a physical key code: KeyH → H, Digit1 → 1; other codes as they are. */
export function latinKeyName(code: string): string {
  const match = /^(?:Key|Digit)(.)$/.exec(code);
  return match ? match[1]! : code;
}

/** The key's label: the layout's character (upper-cased when it has case) or the Latin name. */
export function keyLabel(code: string, layout: KeyboardLayoutMap | null): string {
  const shown = layout?.get(code);
  return shown && shown.trim() !== '' ? shown.toLocaleUpperCase() : latinKeyName(code);
}

let layoutRequest: Promise<KeyboardLayoutMap | null> | null = null;

function keyboardLayout(): Promise<KeyboardLayoutMap | null> {
  const keyboard = (navigator as Navigator & { keyboard?: NavigatorKeyboard }).keyboard;
  layoutRequest ??= keyboard?.getLayoutMap ? keyboard.getLayoutMap().catch(() => null) : Promise.resolve(null);
  return layoutRequest;
}

/** The label of the physical key `code` in the user's layout (the Latin name until the layout is known). */
export function useKeyLabel(code: string): string {
  const [layout, setLayout] = useState<KeyboardLayoutMap | null>(null);
  useEffect(() => {
    let live = true;
    void keyboardLayout().then((map) => {
      if (live) setLayout(map);
    });
    // A layout switch changes the map; Chromium fires 'layoutchange' on navigator.keyboard in some builds only, so refresh on focus.
    const refresh = () => {
      layoutRequest = null;
      void keyboardLayout().then((map) => {
        if (live) setLayout(map);
      });
    };
    window.addEventListener('focus', refresh);
    return () => {
      live = false;
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return keyLabel(code, layout);
}

let platform: KeyPlatform | null = null;

/** This browser's platform for naming shortcuts (⌘ on macOS, Ctrl elsewhere); it does not change while the app runs. */
export function keyPlatform(): KeyPlatform {
  platform ??= platformOf(navigator as Navigator & PlatformHints);
  return platform;
}

/** A shortcut whose key is a physical key code (`KeyL`), for `useShortcut`. */
export type PhysicalShortcut = Omit<Shortcut, 'key'> & { code: string };

/**
 * A shortcut's hint for this platform ("Ctrl+Shift+L", "⇧⌘L"), its letter named as the user's
 * layout shows it, and its `aria-keyshortcuts` value ("Control+Shift+L", "Meta+Shift+L").
 */
export function useShortcut({ code, ...modifiers }: PhysicalShortcut): { label: string; aria: string } {
  const key = useKeyLabel(code);
  const on = keyPlatform();
  return { label: shortcutLabel({ ...modifiers, key }, on), aria: ariaKeyShortcut({ ...modifiers, key: latinKeyName(code) }, on) };
}
