import { useState } from 'react';
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

const FORMAT_LABELS: Record<LibraryDocumentRow['format'], string> = { txt: 'Text', md: 'Markdown', html: 'Web page', epub: 'EPUB book', clipboard: 'Clipboard' };

/** What can be done with an imported document: get its original file back, file it in collections, delete it. */
export function DocumentActions({ row, collections, onDeleted }: DocumentActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function saveOriginal() {
    setMessage(null);
    try {
      const original = await readOriginal(db, row.id);
      if (!original) throw new Error('the original file is not stored');
      const result = await (await getApi()).saveOriginal({ suggestedName: original.fileName, bytes: original.bytes });
      if (result.saved) setMessage(`Saved ${result.path}.`);
    } catch (error) {
      setMessage(`The original could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function remove(fate: AnnotationFate) {
    setConfirming(false);
    try {
      onDeleted(await deleteDocuments(db, [row.id], fate));
      // These actions go with the document: focus goes to the library's open document, else its first.
      focusWhenLost(() => firstOf('[data-testid="library-item"][aria-current="page"]', '[data-testid="library-item"]'));
    } catch (error) {
      setMessage(`The document could not be deleted: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <div className="document-actions" aria-label="Document">
      <span className="document-file">
        <bdi>{row.fileName}</bdi> · {FORMAT_LABELS[row.format]} · {row.encoding}
      </span>
      <button type="button" onClick={() => void saveOriginal()}>
        Save original
      </button>
      {collections.length > 0 && (
        <details className="collection-menu">
          <summary>Collections</summary>
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
        Delete…
      </button>
      {message && (
        <span className={message.startsWith('Saved') ? 'status' : 'status-error'} role={message.startsWith('Saved') ? 'status' : 'alert'} data-testid={message.startsWith('Saved') ? undefined : 'error'}>
          {message}
        </span>
      )}
      {confirming && (
        <ConfirmDialog label="Delete this document" onCancel={() => setConfirming(false)}>
          <p>
            Delete “<bdi>{row.title}</bdi>” from the library? Its highlights and notes can stay (notes on its highlights become free notes that still quote the
            passage), or go with it. You can undo this.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void remove('keep')} data-autofocus>
              Delete, keep notes
            </button>
            <button type="button" className="danger-button" onClick={() => void remove('delete')}>
              Delete with highlights and notes
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
