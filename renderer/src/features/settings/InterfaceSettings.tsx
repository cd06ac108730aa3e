import { useIntl } from 'react-intl';
import { CALENDARS, defaultDigits, DIGITS, type Calendar, type Digits } from '../../i18n/interface-settings';
import { useInterfaceSettings } from '../../i18n/interface-store';
import { isLanguage, LANGUAGES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import './InterfaceSettings.css';

/**
 * The interface language (following the system until the user picks one), and, folded away,
 * the digits and calendar that numbers and dates are shown with. Changes apply at once and are remembered.
 */
export function InterfaceSettings() {
  const intl = useIntl();
  const [settings, update] = useInterfaceSettings();
  // The language shown is the one in use, whether chosen or followed from the system.
  const language = useLanguage();
  return (
    <div className="interface-settings" role="group" aria-label={intl.formatMessage({ id: 'settings.interface' })}>
      <label className="interface-setting">
        <span>{intl.formatMessage({ id: 'settings.language' })}</span>
        <select
          data-testid="ui-language"
          value={language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) update({ language: event.target.value });
          }}
        >
          {LANGUAGES.map((value) => (
            // Each language is named in itself, so a user lost in the other one still finds theirs.
            <option key={value} value={value} lang={value} data-lang={value}>
              {intl.formatMessage({ id: `settings.language.${value}` })}
            </option>
          ))}
        </select>
      </label>
      <details className="interface-more">
        <summary>{intl.formatMessage({ id: 'settings.numbersAndDates' })}</summary>
        <div className="interface-more-panel">
          <label className="interface-setting">
            <span>{intl.formatMessage({ id: 'settings.digits' })}</span>
            <select data-testid="ui-digits" value={settings.digits ?? defaultDigits(language)} onChange={(event) => update({ digits: event.target.value as Digits })}>
              {DIGITS.map((value) => (
                <option key={value} value={value}>
                  {intl.formatMessage({ id: `settings.digits.${value}` })}
                </option>
              ))}
            </select>
          </label>
          <label className="interface-setting">
            <span>{intl.formatMessage({ id: 'settings.calendar' })}</span>
            <select data-testid="ui-calendar" value={settings.calendar} onChange={(event) => update({ calendar: event.target.value as Calendar })}>
              {CALENDARS.map((value) => (
                <option key={value} value={value}>
                  {intl.formatMessage({ id: `settings.calendar.${value}` })}
                </option>
              ))}
            </select>
          </label>
        </div>
      </details>
    </div>
  );
}
