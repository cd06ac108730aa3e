import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from './db';
import { DEFAULT_READING_SETTINGS, parseReadingSettings, type ReadingSettings } from './reading-settings';

const KEY = 'reading';

/** The reading preferences, remembered in IndexedDB between sessions. */
export function useReadingSettings(): [ReadingSettings, (change: Partial<ReadingSettings>) => void] {
  const stored = useLiveQuery(() => db.settings.get(KEY), []);
  const settings = stored === undefined ? DEFAULT_READING_SETTINGS : parseReadingSettings(stored.value);
  const update = useCallback((change: Partial<ReadingSettings>) => {
    void db.transaction('rw', db.settings, async () => {
      const current = parseReadingSettings((await db.settings.get(KEY))?.value);
      await db.settings.put({ key: KEY, value: { ...current, ...change } });
    });
  }, []);
  return [settings, update];
}
