import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { importClipboardText } from '../../core/import/import-clipboard';
import type { Message } from '../../core/message';
import { db } from '../../data/db';
import { keyPlatform } from '../../i18n/key-labels';
import { shortcutLabel } from '../../i18n/shortcut-label';
import { storeImportedBatch } from '../../data/library-store';
import { FormattedReason } from './FormattedReason';

/**
 * "New document from clipboard": the copied text, shown for a last look (and pasted by hand when
 * the system does not let the page read the clipboard), becomes a document.
 */
export function ClipboardDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (docId: string) => void }) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    // A real modal: focus moves in and stays in, Esc closes it, and focus goes back where it was.
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    areaRef.current?.focus();
    // Reading the clipboard may be refused (a permission, an empty clipboard): then the user pastes.
    navigator.clipboard
      ?.readText()
      .then((copied) => setText((current) => (current === '' ? copied : current)))
      .catch(() => {});
  }, []);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const outcome = await importClipboardText(text, new Date());
      if (!outcome.ok) {
        setError(outcome.failure.reason);
        return;
      }
      const bytes = new TextEncoder().encode(text);
      const [stored] = await storeImportedBatch(db, [{ file: outcome.file, bytes }], Date.now(), [], { newVersions: 'add' });
      if (stored) onCreated(stored.docId);
    } catch (failure) {
      setError({ id: 'import.clipboard.saveFailed', values: { reason: failure instanceof Error ? failure.message : String(failure) } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog clipboard-dialog" aria-labelledby="clipboard-dialog-title" onClose={onClose}>
        <h2 id="clipboard-dialog-title">
          <FormattedMessage id="import.clipboard.title" />
        </h2>
        <p>
          {/* The system's paste, which follows the key's Latin letter in every layout. */}
          <FormattedMessage id="import.clipboard.explain" values={{ shortcut: shortcutLabel({ primary: true, key: 'V' }, keyPlatform()) }} />
        </p>
        <textarea ref={areaRef} dir="auto" lang="ar" rows={10} value={text} aria-label={intl.formatMessage({ id: 'import.clipboard.text' })} onChange={(event) => setText(event.target.value)} />
        {error && (
          <p className="status-error" data-testid="error" role="alert">
            <FormattedReason reason={error} />
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => void create()} disabled={busy || text.trim() === ''}>
            <FormattedMessage id="import.clipboard.create" />
          </button>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            <FormattedMessage id="common.cancel" />
          </button>
        </div>
    </dialog>
  );
}
