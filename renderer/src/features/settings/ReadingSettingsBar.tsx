import { FONT_SIZE, LINE_HEIGHT, stepSetting, THEMES, type ReadingSettings } from '../../data/reading-settings';
import type { ReadingSettingsChange } from '../../data/use-reading-settings';

interface ReadingSettingsBarProps {
  settings: ReadingSettings;
  onChange: (change: ReadingSettingsChange) => void;
}

const THEME_LABELS: Record<ReadingSettings['theme'], string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
};

/** Font size, line height and theme; changes apply at once and are remembered. */
export function ReadingSettingsBar({ settings, onChange }: ReadingSettingsBarProps) {
  return (
    <div className="settings-bar" role="group" aria-label="Reading settings">
      <div className="stepper" role="group" aria-label="Font size">
        <button type="button" aria-label="Smaller text" disabled={settings.fontSize <= FONT_SIZE.min} onClick={() => onChange((current) => ({ fontSize: stepSetting(current.fontSize, FONT_SIZE, -1) }))}>
          A−
        </button>
        <output aria-live="polite" aria-label="Current font size">{settings.fontSize}</output>
        <button type="button" aria-label="Larger text" disabled={settings.fontSize >= FONT_SIZE.max} onClick={() => onChange((current) => ({ fontSize: stepSetting(current.fontSize, FONT_SIZE, 1) }))}>
          A+
        </button>
      </div>
      <div className="stepper" role="group" aria-label="Line height">
        <button type="button" aria-label="Tighter lines" disabled={settings.lineHeight <= LINE_HEIGHT.min} onClick={() => onChange((current) => ({ lineHeight: stepSetting(current.lineHeight, LINE_HEIGHT, -1) }))}>
          ≡−
        </button>
        <output aria-live="polite" aria-label="Current line height">{settings.lineHeight.toFixed(1)}</output>
        <button type="button" aria-label="Looser lines" disabled={settings.lineHeight >= LINE_HEIGHT.max} onClick={() => onChange((current) => ({ lineHeight: stepSetting(current.lineHeight, LINE_HEIGHT, 1) }))}>
          ≡+
        </button>
      </div>
      <label className="theme-select">
        <span>Theme</span>
        <select value={settings.theme} onChange={(event) => onChange({ theme: event.target.value as ReadingSettings['theme'] })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {THEME_LABELS[theme]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
