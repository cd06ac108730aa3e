/**
 * The interface settings, remembered in localStorage: read synchronously at startup, so the
 * first paint already has the right language and direction, and shared live with other windows.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_INTERFACE_SETTINGS, parseInterfaceSettings, type InterfaceSettings } from './interface-settings';

const KEY = 'qiraa.interface';
const listeners = new Set<() => void>();
let cached: { raw: string | null; settings: InterfaceSettings } | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be refused (a locked-down profile): the interface still works, unremembered.
    return null;
  }
}

function readRaw(): string | null {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

function parseRaw(raw: string | null): InterfaceSettings {
  if (raw === null) return DEFAULT_INTERFACE_SETTINGS;
  try {
    return parseInterfaceSettings(JSON.parse(raw));
  } catch {
    return DEFAULT_INTERFACE_SETTINGS;
  }
}

/** The stored settings, the same object while the stored text is the same. */
export function readInterfaceSettings(): InterfaceSettings {
  const raw = readRaw();
  if (!cached || cached.raw !== raw) cached = { raw, settings: parseRaw(raw) };
  return cached.settings;
}

export function writeInterfaceSettings(change: Partial<InterfaceSettings>): void {
  const next = { ...readInterfaceSettings(), ...change };
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Full or refused: the choice lasts for this session only.
    cached = { raw: JSON.stringify(next), settings: next };
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another window of the app changed them.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The interface settings and a function that changes (and remembers) some of them. */
export function useInterfaceSettings(): [InterfaceSettings, (change: Partial<InterfaceSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, readInterfaceSettings);
  const update = useCallback((change: Partial<InterfaceSettings>) => writeInterfaceSettings(change), []);
  return [settings, update];
}
