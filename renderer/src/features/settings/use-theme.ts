import { useEffect, useState } from 'react';
import type { ThemeSetting } from '../../data/reading-settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Applies the chosen theme to the page; "system" follows the OS, live. */
export function useTheme(setting: ThemeSetting): void {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(DARK_QUERY).matches);

  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = setting === 'system' ? (systemDark ? 'dark' : 'light') : setting;
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
}
