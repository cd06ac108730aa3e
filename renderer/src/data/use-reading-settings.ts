import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from './db';
import { DEFAULT_READING_SETTINGS, parseReadingSettings, type ReadingSettings } from './reading-settings';

const KEY = 'reading';

/** The reading preferences, remembered in IndexedDB between sessions. */
/** A change, or a step from the stored settings (so quick repeated clicks each count). */
export type ReadingSettingsChange = Partial<ReadingSettings> | ((current: ReadingSettings) => Partial<ReadingSettings>);

export function useReadingSettings(): [ReadingSettings, (change: ReadingSettingsChange) => void] {
  const stored = useLiveQuery(() => db.settings.get(KEY), []);
  const settings = stored === undefined ? DEFAULT_READING_SETTINGS : parseReadingSettings(stored.value);
  const update = useCallback((change: ReadingSettingsChange) => {
    void db.transaction('rw', db.settings, async () => {
      const current = parseReadingSettings((await db.settings.get(KEY))?.value);
      await db.settings.put({ key: KEY, value: { ...current, ...(typeof change === 'function' ? change(current) : change) } });
    });
  }, []);
  return [settings, update];
}
