import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { FormattedMessage, useIntl } from 'react-intl';
import { useShortcut } from '../../i18n/key-labels';
import { sourcesFromInput } from './collect-dropped-files';
import type { ImportSource } from './import-messages';
import { ImportReport } from './ImportReport';
import { ClipboardDialog } from './ClipboardDialog';
import type { Importer } from './use-import';
import './ImportPanel.css';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.epub,text/plain,text/markdown,text/html,application/epub+zip';

interface ImportPanelProps {
  importer: Importer;
  /** Imports go into the collection the library shows, if it is one of the user's. */
  onImport: (sources: ImportSource[]) => void;
  onClipboardDocument: (docId: string) => void;
}

/** isShortcut: Ctrl/⌘+Alt+V, by physical key so it works with any keyboard layout; never the editor's paste. */
function isClipboardShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyV';
}

/** Import files, a folder or the clipboard; the progress of a running import and what it did. */
export function ImportPanel({ importer, onImport, onClipboardDocument }: ImportPanelProps) {
  const intl = useIntl();
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [clipboardOpen, setClipboardOpen] = useState(false);
  const clipboardShortcut = useShortcut({ primary: true, alt: true, code: 'KeyV' });
  const running = importer.state.status === 'running';

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isClipboardShortcut(event)) return;
      event.preventDefault();
      setClipboardOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function onChosen(input: HTMLInputElement) {
    if (input.files && input.files.length > 0) onImport(sourcesFromInput(input.files));
    // Cleared so that choosing the same files again imports them again.
    input.value = '';
  }

  return (
    <section className="import-panel" aria-label={intl.formatMessage({ id: 'import.heading' })}>
      <div className="import-actions">
        <h2 className="import-heading">
          <FormattedMessage id="import.heading" />
        </h2>
        <label className={`file-button${running ? ' disabled' : ''}`} data-testid="import-files">
          <FormattedMessage id="import.files" />
          <input ref={filesRef} type="file" multiple accept={ACCEPT} className="visually-hidden" disabled={running} onChange={(e) => onChosen(e.currentTarget)} />
        </label>
        <label className={`file-button${running ? ' disabled' : ''}`}>
          <FormattedMessage id="import.folder" />
          {/* webkitdirectory is not in React's types; set it on the element. */}
          <input
            ref={(el) => {
              folderRef.current = el;
              el?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            className="visually-hidden"
            disabled={running}
            onChange={(e) => onChosen(e.currentTarget)}
          />
        </label>
        <button type="button" onClick={() => setClipboardOpen(true)} title={intl.formatMessage({ id: 'import.clipboardShortcut' }, { shortcut: clipboardShortcut.label })} aria-keyshortcuts={clipboardShortcut.aria}>
          <FormattedMessage id="import.clipboard" />
        </button>
      </div>
      <p className="import-hint">
        <FormattedMessage id="import.hint" />
      </p>
      <ImportReport importer={importer} />
      {/* In <body>, not in this column: with the library put away (Ctrl+Shift+L, a narrow window) the
          column is display: none, and a modal inside it was open but never drawn, leaving the whole
          page inert behind nothing. */}
      {clipboardOpen &&
        createPortal(
          <ClipboardDialog
            onClose={() => setClipboardOpen(false)}
            onCreated={(docId) => {
              setClipboardOpen(false);
              onClipboardDocument(docId);
            }}
          />,
          document.body,
        )}
    </section>
  );
}
