import { SHORTCUT_LABELS } from './layout-keys';
import type { PanelId, PanelLayout } from './use-panel-layout';
import './layout.css';

interface PanelToggleProps {
  layout: PanelLayout;
  panel: PanelId;
}

const NAMES: Record<PanelId, string> = { library: 'library', sidePanel: 'side panel' };

/** Shows or hides one panel; its name says what a press will do. */
export function PanelToggle({ layout, panel }: PanelToggleProps) {
  const open = panel === 'library' ? layout.libraryOpen : layout.sidePanelOpen;
  const name = `${open ? 'Hide' : 'Show'} ${NAMES[panel]}`;
  const shortcut = SHORTCUT_LABELS[panel === 'library' ? 'toggleLibrary' : 'toggleSidePanel'];
  return (
    <button
      type="button"
      className={`layout-toggle layout-toggle-${panel}`}
      aria-expanded={open}
      aria-keyshortcuts={shortcut.replace('Ctrl', 'Control')}
      title={`${name} (${shortcut})`}
      onClick={() => layout.toggle(panel)}
    >
      <span aria-hidden="true" className="layout-toggle-icon" />
      <span className="visually-hidden">{name}</span>
    </button>
  );
}

/** Enters focus mode: only the text shows. */
export function FocusToggle({ layout }: { layout: PanelLayout }) {
  return (
    <button
      type="button"
      className="layout-toggle layout-toggle-focus"
      aria-keyshortcuts="Control+Shift+F"
      title={`Focus mode: only the text (${SHORTCUT_LABELS.toggleFocus}; Esc leaves)`}
      onClick={() => layout.setFocus(true)}
    >
      <span aria-hidden="true" className="layout-toggle-icon" />
      <span className="visually-hidden">Focus mode</span>
    </button>
  );
}

/** The way out of focus mode, besides Esc and the shortcut. */
export function FocusExit({ layout }: { layout: PanelLayout }) {
  if (!layout.focus) return null;
  return (
    <button type="button" className="focus-exit" title="Leave focus mode (Esc)" onClick={() => layout.setFocus(false)}>
      Leave focus mode
    </button>
  );
}

/** Closes a panel laid over the text. Shown only then. */
export function PanelCloseButton({ layout, panel }: PanelToggleProps) {
  if (!(panel === 'library' ? layout.libraryOverlays : layout.sidePanelOverlays)) return null;
  return (
    <button type="button" className="panel-close" title="Close (Esc)" onClick={() => layout.close(panel)}>
      Close {NAMES[panel]}
    </button>
  );
}
