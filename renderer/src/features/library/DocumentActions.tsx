import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CollectionRow, LibraryDocumentRow } from '../../core/library/library-types';
import { setInCollection } from '../../data/collection-store';
import { db } from '../../data/db';
import { deleteDocuments, type AnnotationFate, type DeletedDocuments } from '../../data/document-delete';
import { readOriginal } from '../../data/library-store';
import { getApi } from '../../platform/get-api';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { firstOf, focusWhenLost } from '../layout/focus-when-lost';

interface DocumentActionsProps {
  row: LibraryDocumentRow;
  collections: CollectionRow[];
  onDeleted: (deleted: DeletedDocuments) => void;
}

/** What can be done with an imported document: get its original file back, file it in collections, delete it. */
export function DocumentActions({ row, collections, onDeleted }: DocumentActionsProps) {
  const intl = useIntl();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ saved: boolean; text: string } | null>(null);
  const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

  async function saveOriginal() {
    setMessage(null);
    try {
      const original = await readOriginal(db, row.id);
      if (!original) throw new Error(intl.formatMessage({ id: 'document.originalMissing' }));
      const result = await (await getApi()).saveOriginal({ suggestedName: original.fileName, bytes: original.bytes });
      if (result.saved) setMessage({ saved: true, text: intl.formatMessage({ id: 'document.savedTo' }, { path: result.path }) });
    } catch (error) {
      setMessage({ saved: false, text: intl.formatMessage({ id: 'document.saveFailed' }, { reason: reasonOf(error) }) });
    }
  }

  async function remove(fate: AnnotationFate) {
    setConfirming(false);
    try {
      onDeleted(await deleteDocuments(db, [row.id], fate));
      // These actions go with the document: focus goes to the library's open document, else its first.
      focusWhenLost(() => firstOf('[data-testid="library-item"][aria-current="page"]', '[data-testid="library-item"]'));
    } catch (error) {
      setMessage({ saved: false, text: intl.formatMessage({ id: 'document.deleteFailed' }, { reason: reasonOf(error) }) });
    }
  }

  return (
    <div className="document-actions" aria-label={intl.formatMessage({ id: 'document.actions' })}>
      <span className="document-file">
        <FormattedMessage
          id="document.file"
          values={{ file: <bdi>{row.fileName}</bdi>, format: intl.formatMessage({ id: `document.format.${row.format}` }), encoding: <bdi>{row.encoding}</bdi> }}
        />
      </span>
      <button type="button" onClick={() => void saveOriginal()}>
        <FormattedMessage id="document.saveOriginal" />
      </button>
      {collections.length > 0 && (
        <details className="collection-menu">
          <summary>
            <FormattedMessage id="document.collections" />
          </summary>
          <div className="collection-menu-list">
            {collections.map((collection) => (
              <label key={collection.id}>
                <input
                  type="checkbox"
                  checked={row.collectionIds.includes(collection.id)}
                  onChange={(event) => void setInCollection(db, [row.id], collection.id, event.target.checked)}
                />
                <bdi>{collection.name}</bdi>
              </label>
            ))}
          </div>
        </details>
      )}
      <button type="button" className="danger-button" data-testid="document-delete" onClick={() => setConfirming(true)}>
        <FormattedMessage id="document.delete" />
      </button>
      {message && (
        <span className={message.saved ? 'status' : 'status-error'} role={message.saved ? 'status' : 'alert'} data-testid={message.saved ? undefined : 'error'}>
          {message.text}
        </span>
      )}
      {confirming && (
        <ConfirmDialog label={intl.formatMessage({ id: 'document.deleteLabel' })} onCancel={() => setConfirming(false)}>
          <p>
            <FormattedMessage id="document.deleteQuestion" values={{ title: <bdi>{row.title}</bdi> }} />
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void remove('keep')} data-autofocus>
              <FormattedMessage id="document.deleteKeepNotes" />
            </button>
            <button type="button" className="danger-button" onClick={() => void remove('delete')}>
              <FormattedMessage id="document.deleteAll" />
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
