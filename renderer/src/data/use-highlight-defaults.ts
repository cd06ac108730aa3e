import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { HIGHLIGHT_STYLES, isHighlightColor, type HighlightColor, type HighlightStyle } from '../core/highlights/highlight-types';
import { db } from './db';

const KEY = 'highlightDefaults';

export interface HighlightDefaults {
  color: HighlightColor;
  style: HighlightStyle;
}

const DEFAULTS: HighlightDefaults = { color: 'yellow', style: 'highlight' };

function parse(value: unknown): HighlightDefaults {
  const source = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    color: isHighlightColor(source['color']) ? source['color'] : DEFAULTS.color,
    style: HIGHLIGHT_STYLES.find((s) => s === source['style']) ?? DEFAULTS.style,
  };
}

/** The colour and style last used, which the keyboard shortcut highlights with. */
export function useHighlightDefaults(): [HighlightDefaults, (change: Partial<HighlightDefaults>) => void] {
  const stored = useLiveQuery(() => db.settings.get(KEY), []);
  const defaults = parse(stored?.value);
  const update = useCallback((change: Partial<HighlightDefaults>) => {
    void db.transaction('rw', db.settings, async () => {
      const current = parse((await db.settings.get(KEY))?.value);
      await db.settings.put({ key: KEY, value: { ...current, ...change } });
    });
  }, []);
  return [defaults, update];
}
