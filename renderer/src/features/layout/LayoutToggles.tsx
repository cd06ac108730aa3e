import { useIntl } from 'react-intl';
import { useShortcut } from '../../i18n/key-labels';
import type { PanelId, PanelLayout } from './use-panel-layout';
import './layout.css';

interface PanelToggleProps {
  layout: PanelLayout;
  panel: PanelId;
}

// The physical keys of Ctrl/⌘+Shift+L, P and F (layout-keys.ts), named as the user's layout shows them.
const SHORTCUT_KEYS: Record<PanelId | 'focus', string> = { library: 'KeyL', sidePanel: 'KeyP', focus: 'KeyF' };

/** The toggle's shortcut for this platform: its hint ("Ctrl+Shift+L", "⇧⌘L") and aria-keyshortcuts value. */
function useToggleShortcut(target: PanelId | 'focus') {
  return useShortcut({ primary: true, shift: true, code: SHORTCUT_KEYS[target] });
}

/** Shows or hides one panel; its name says what a press will do. */
export function PanelToggle({ layout, panel }: PanelToggleProps) {
  const intl = useIntl();
  const open = panel === 'library' ? layout.libraryOpen : layout.sidePanelOpen;
  const name = intl.formatMessage({ id: `layout.${open ? 'hide' : 'show'}.${panel}` });
  const shortcut = useToggleShortcut(panel);
  return (
    <button
      type="button"
      className={`layout-toggle layout-toggle-${panel}`}
      aria-expanded={open}
      aria-keyshortcuts={shortcut.aria}
      title={intl.formatMessage({ id: 'layout.toggle.title' }, { name, shortcut: shortcut.label })}
      onClick={() => layout.toggle(panel)}
    >
      <span aria-hidden="true" className="layout-toggle-icon" />
      <span className="visually-hidden">{name}</span>
    </button>
  );
}

/** Enters focus mode: only the text shows. */
export function FocusToggle({ layout }: { layout: PanelLayout }) {
  const intl = useIntl();
  const shortcut = useToggleShortcut('focus');
  return (
    <button
      type="button"
      className="layout-toggle layout-toggle-focus"
      aria-keyshortcuts={shortcut.aria}
      title={intl.formatMessage({ id: 'layout.focus.title' }, { shortcut: shortcut.label })}
      onClick={() => layout.setFocus(true)}
    >
      <span aria-hidden="true" className="layout-toggle-icon" />
      <span className="visually-hidden">{intl.formatMessage({ id: 'layout.focus' })}</span>
    </button>
  );
}

/** The way out of focus mode, besides Esc and the shortcut. */
export function FocusExit({ layout }: { layout: PanelLayout }) {
  const intl = useIntl();
  if (!layout.focus) return null;
  return (
    <button type="button" className="focus-exit" title={intl.formatMessage({ id: 'layout.focusExit.title' })} onClick={() => layout.setFocus(false)}>
      {intl.formatMessage({ id: 'layout.focusExit' })}
    </button>
  );
}

/** Closes a panel laid over the text. Shown only then. */
export function PanelCloseButton({ layout, panel }: PanelToggleProps) {
  const intl = useIntl();
  if (!(panel === 'library' ? layout.libraryOverlays : layout.sidePanelOverlays)) return null;
  return (
    <button type="button" className="panel-close" title={intl.formatMessage({ id: 'layout.close.title' })} onClick={() => layout.close(panel)}>
      {intl.formatMessage({ id: `layout.close.${panel}` })}
    </button>
  );
}
