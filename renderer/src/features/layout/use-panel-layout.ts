import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useIntl } from 'react-intl';
import { db } from '../../data/db';
import { isEditable } from '../../use-document-keys';
import { layoutCommandOf } from './layout-keys';
import { parseLayoutSettings, type LayoutSettings } from './layout-settings';
import { useEditorEscape } from './use-editor-escape';
import { useModalPanel } from './use-modal-panel';
import { overlayQueries } from './overlay-widths';
import { onUncoverAppBar } from './uncover-app-bar';
import { useReadingSettings } from '../../data/use-reading-settings';

const KEY = 'layout';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

export type PanelId = 'library' | 'sidePanel';

const PANEL_SELECTORS: Record<PanelId, string> = { library: '#library-column', sidePanel: '#side-panel' };

export interface PanelLayout {
  /** The library overlays the text (narrow window) rather than sits beside it. */
  libraryOverlays: boolean;
  /** The side panel overlays the text rather than sits beside it. */
  sidePanelOverlays: boolean;
  libraryOpen: boolean;
  sidePanelOpen: boolean;
  focus: boolean;
  toggle: (panel: PanelId) => void;
  close: (panel: PanelId) => void;
  /** Shows a panel because something in it needs the user (a new note, a chosen highlight); never hides one. */
  reveal: (panel: PanelId) => void;
  setFocus: (on: boolean) => void;
}

/**
 * Which panels show. Where a panel fits beside the text the user's choice is remembered in IndexedDB; where it does not,
 * it starts closed and opens over the text, one panel at a time, for the moment only (Esc closes them).
 */
export function usePanelLayout(): PanelLayout {
  useEditorEscape();
  // Below these widths a panel would leave the text under ~45 characters at the reader's text size
  // (overlay-widths.ts), so it opens over the text instead. Zooming shrinks the CSS width too.
  const [{ fontSize }] = useReadingSettings();
  const queries = overlayQueries(fontSize);
  const libraryOverlays = useMediaQuery(queries.library);
  const sidePanelOverlays = useMediaQuery(queries.sidePanel);
  const stored = useLiveQuery(() => db.settings.get(KEY), []);
  const settings = parseLayoutSettings(stored?.value);
  const [overlay, setOverlay] = useState<PanelId | null>(null);
  // An overlay opened by its button or shortcut takes focus, and gives it back to the button when it closes.
  const focusInto = useRef<PanelId | null>(null);
  const shown = useRef<PanelId | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = overlay;
    const target = focusInto.current;
    focusInto.current = null;
    if (overlay !== null && target === overlay) {
      document.querySelector<HTMLElement>(`${PANEL_SELECTORS[overlay]} .panel-close`)?.focus();
    } else if (overlay === null && previous !== null) {
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected || active.closest(PANEL_SELECTORS[previous]) !== null;
      if (lost) document.querySelector<HTMLElement>(`.layout-toggle-${previous}`)?.focus();
    }
  }, [overlay]);
  const [focus, setFocus] = useState(false);
  // An overlaid panel is a modal: the rest of the app is inert until it closes.
  const intl = useIntl();
  useModalPanel(overlay && PANEL_SELECTORS[overlay], overlay === null ? null : intl.formatMessage({ id: overlay === 'library' ? 'library.heading' : 'workspace.sideLabel' }));

  // Widening or narrowing the window leaves no overlay behind (adjusted while rendering, React's way).
  const width = `${libraryOverlays}:${sidePanelOverlays}`;
  const [overlayWidth, setOverlayWidth] = useState(width);
  if (overlayWidth !== width) {
    setOverlayWidth(width);
    setOverlay(null);
  }

  const save = useCallback((change: Partial<LayoutSettings>) => {
    void db.transaction('rw', db.settings, async () => {
      const current = parseLayoutSettings((await db.settings.get(KEY))?.value);
      await db.settings.put({ key: KEY, value: { ...current, ...change } });
    });
  }, []);

  const libraryOpen = libraryOverlays ? overlay === 'library' : settings.libraryOpen;
  const sidePanelOpen = sidePanelOverlays ? overlay === 'sidePanel' : settings.sidePanelOpen;

  const toggle = useCallback(
    (panel: PanelId) => {
      setFocus(false);
      if (panel === 'library' ? libraryOverlays : sidePanelOverlays) {
        focusInto.current = panel;
        setOverlay((current) => (current === panel ? null : panel));
      }
      else if (panel === 'library') save({ libraryOpen: !libraryOpen });
      else save({ sidePanelOpen: !sidePanelOpen });
    },
    [libraryOverlays, sidePanelOverlays, save, libraryOpen, sidePanelOpen],
  );

  const close = useCallback(
    (panel: PanelId) => {
      if (panel === 'library' ? libraryOverlays : sidePanelOverlays) setOverlay((current) => (current === panel ? null : current));
      else save(panel === 'library' ? { libraryOpen: false } : { sidePanelOpen: false });
    },
    [libraryOverlays, sidePanelOverlays, save],
  );

  const reveal = useCallback(
    (panel: PanelId) => {
      setFocus(false);
      if (panel === 'library' ? libraryOverlays : sidePanelOverlays) setOverlay(panel);
      else if (panel === 'library' && !libraryOpen) save({ libraryOpen: true });
      else if (panel === 'sidePanel' && !sidePanelOpen) save({ sidePanelOpen: true });
    },
    [libraryOverlays, sidePanelOverlays, save, libraryOpen, sidePanelOpen],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = layoutCommandOf(event);
      if (command) {
        event.preventDefault();
        if (command === 'toggleLibrary') toggle('library');
        else if (command === 'toggleSidePanel') toggle('sidePanel');
        else setFocus((on) => !on);
        return;
      }
      // Esc in a text field or the note editor is that field's own (it leaves the field first).
      if (event.key !== 'Escape' || isEditable(event.target)) return;
      // Esc leaves focus mode first, then closes an overlaid panel.
      if (focus) setFocus(false);
      else if (overlay) setOverlay(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [toggle, focus, overlay]);

  // The search shortcut, from anywhere: the overlaid panel and focus mode go, and the bar is no
  // longer inert when the request returns (its modal is undone in this synchronous commit's effects).
  useEffect(
    () =>
      onUncoverAppBar(() =>
        flushSync(() => {
          setFocus(false);
          setOverlay(null);
        }),
      ),
    [],
  );

  return { libraryOverlays, sidePanelOverlays, libraryOpen, sidePanelOpen, focus, toggle, close, reveal, setFocus };
}
