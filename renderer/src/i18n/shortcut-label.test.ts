import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, platformOf, shortcutLabel, type Shortcut } from './shortcut-label';

describe('a shortcut named for the platform', () => {
  it.each<[Shortcut, string, string]>([
    [{ primary: true, key: 'K' }, 'Ctrl+K', '⌘K'],
    [{ primary: true, shift: true, key: 'L' }, 'Ctrl+Shift+L', '⇧⌘L'],
    [{ primary: true, alt: true, key: 'V' }, 'Ctrl+Alt+V', '⌥⌘V'],
    [{ primary: true, shift: true, key: 'ا' }, 'Ctrl+Shift+ا', '⇧⌘ا'],
    [{ shift: true, key: 'Enter' }, 'Shift+Enter', '⇧↩'],
    [{ primary: true, key: 'V' }, 'Ctrl+V', '⌘V'],
  ])('%j is %j on Windows and Linux and %j on macOS', (shortcut, other, mac) => {
    expect(shortcutLabel(shortcut, 'other')).toBe(other);
    expect(shortcutLabel(shortcut, 'mac')).toBe(mac);
  });

  it('gives aria-keyshortcuts in ARIA’s syntax: Control on Windows and Linux, Meta on macOS', () => {
    expect(ariaKeyShortcut({ primary: true, shift: true, key: 'L' }, 'other')).toBe('Control+Shift+L');
    expect(ariaKeyShortcut({ primary: true, shift: true, key: 'L' }, 'mac')).toBe('Meta+Shift+L');
    expect(ariaKeyShortcut({ primary: true, alt: true, key: 'V' }, 'mac')).toBe('Meta+Alt+V');
    expect(ariaKeyShortcut({ shift: true, key: 'Enter' }, 'mac')).toBe('Shift+Enter');
  });

  it.each<[string, Parameters<typeof platformOf>[0], string]>([
    ['macOS by userAgentData', { userAgentData: { platform: 'macOS' }, platform: 'MacIntel' }, 'mac'],
    ['macOS by navigator.platform', { platform: 'MacIntel' }, 'mac'],
    ['an iPad', { platform: 'iPad' }, 'mac'],
    ['Windows', { userAgentData: { platform: 'Windows' }, platform: 'Win32' }, 'other'],
    ['Linux', { platform: 'Linux x86_64' }, 'other'],
    ['an unknown platform', {}, 'other'],
  ])('tells %s', (_, hints, platform) => {
    expect(platformOf(hints)).toBe(platform);
  });
});
