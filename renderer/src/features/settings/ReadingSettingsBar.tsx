import { useIntl } from 'react-intl';
import { FONT_SIZE, LINE_HEIGHT, stepSetting, THEMES, type ReadingSettings } from '../../data/reading-settings';
import type { ReadingSettingsChange } from '../../data/use-reading-settings';
import type { MessageId } from '../../i18n/catalogues';

interface ReadingSettingsBarProps {
  settings: ReadingSettings;
  onChange: (change: ReadingSettingsChange) => void;
}

/** Font size, line height and theme; changes apply at once and are remembered. */
export function ReadingSettingsBar({ settings, onChange }: ReadingSettingsBarProps) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  return (
    <div className="settings-bar" role="group" aria-label={t('settings.reading')}>
      <div className="stepper" role="group" aria-label={t('settings.fontSize')}>
        <button type="button" aria-label={t('settings.smallerText')} disabled={settings.fontSize <= FONT_SIZE.min} onClick={() => onChange((current) => ({ fontSize: stepSetting(current.fontSize, FONT_SIZE, -1) }))}>
          {t('settings.smallerText.symbol')}
        </button>
        <output aria-live="polite" aria-label={t('settings.currentFontSize')}>
          {intl.formatNumber(settings.fontSize)}
        </output>
        <button type="button" aria-label={t('settings.largerText')} disabled={settings.fontSize >= FONT_SIZE.max} onClick={() => onChange((current) => ({ fontSize: stepSetting(current.fontSize, FONT_SIZE, 1) }))}>
          {t('settings.largerText.symbol')}
        </button>
      </div>
      <div className="stepper" role="group" aria-label={t('settings.lineHeight')}>
        <button type="button" aria-label={t('settings.tighterLines')} disabled={settings.lineHeight <= LINE_HEIGHT.min} onClick={() => onChange((current) => ({ lineHeight: stepSetting(current.lineHeight, LINE_HEIGHT, -1) }))}>
          {t('settings.tighterLines.symbol')}
        </button>
        <output aria-live="polite" aria-label={t('settings.currentLineHeight')}>
          {intl.formatNumber(settings.lineHeight, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
        </output>
        <button type="button" aria-label={t('settings.looserLines')} disabled={settings.lineHeight >= LINE_HEIGHT.max} onClick={() => onChange((current) => ({ lineHeight: stepSetting(current.lineHeight, LINE_HEIGHT, 1) }))}>
          {t('settings.looserLines.symbol')}
        </button>
      </div>
      <label className="theme-select">
        <span>{t('settings.theme')}</span>
        <select value={settings.theme} onChange={(event) => onChange({ theme: event.target.value as ReadingSettings['theme'] })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`settings.theme.${theme}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
