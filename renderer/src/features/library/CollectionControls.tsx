import { useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { BUNDLED_COLLECTION_ID, type CollectionRow } from '../../core/library/library-types';
import { createCollection, deleteCollection, renameCollection } from '../../data/collection-store';
import { db } from '../../data/db';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { focusWhenLost } from '../layout/focus-when-lost';

interface CollectionControlsProps {
  collections: CollectionRow[];
  selectedId: string | null;
  onSelect: (collectionId: string | null) => void;
}

type Editing = { mode: 'new' } | { mode: 'rename'; id: string } | null;

/** Chooses the collection the library shows, and creates, renames and deletes the user's collections. */
export function CollectionControls({ collections, selectedId, onSelect }: CollectionControlsProps) {
  const intl = useIntl();
  const [editing, setEditing] = useState<Editing>(null);
  const [name, setName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const selected = collections.find((c) => c.id === selectedId) ?? null;
  const newButton = useRef<HTMLButtonElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);

  // The form goes when it is done or given up: focus goes back to the button that opened it, not to the page.
  function closeForm() {
    const opener = editing?.mode === 'rename' ? renameButton : newButton;
    setEditing(null);
    focusWhenLost(() => opener.current);
  }

  function startEditing(next: NonNullable<Editing>) {
    setEditing(next);
    setName(next.mode === 'rename' ? (selected?.name ?? '') : '');
    setConfirmDelete(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!editing || trimmed === '') return;
    if (editing.mode === 'new') onSelect((await createCollection(db, trimmed)).id);
    else await renameCollection(db, editing.id, trimmed);
    closeForm();
  }

  async function onDelete() {
    if (!selected) return;
    await deleteCollection(db, selected.id);
    setConfirmDelete(false);
    onSelect(null);
  }

  return (
    <div className="collection-controls">
      <label className="library-select">
        <span>
          <FormattedMessage id="collections.collection" />
        </span>
        <select data-testid="library-collection" value={selectedId ?? ''} onChange={(event) => onSelect(event.target.value || null)}>
          <option value="">{intl.formatMessage({ id: 'collections.all' })}</option>
          <option value={BUNDLED_COLLECTION_ID}>{intl.formatMessage({ id: 'collections.bundled' })}</option>
          {collections.map((collection) => (
            <option key={collection.id} value={collection.id}>
              {collection.name}
            </option>
          ))}
        </select>
      </label>
      {editing ? (
        <form className="collection-form" onSubmit={(event) => void onSubmit(event)}>
          <input
            aria-label={intl.formatMessage({ id: editing.mode === 'new' ? 'collections.newName' : 'collections.name' })}
            dir="auto"
            value={name}
            maxLength={120}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && closeForm()}
            autoFocus
          />
          <button type="submit" disabled={name.trim() === ''}>
            <FormattedMessage id={editing.mode === 'new' ? 'collections.create' : 'collections.rename'} />
          </button>
          <button type="button" onClick={closeForm}>
            <FormattedMessage id="common.cancel" />
          </button>
        </form>
      ) : (
        <div className="collection-actions">
          <button ref={newButton} type="button" onClick={() => startEditing({ mode: 'new' })}>
            <FormattedMessage id="collections.new" />
          </button>
          {selected && (
            <>
              <button ref={renameButton} type="button" onClick={() => startEditing({ mode: 'rename', id: selected.id })}>
                <FormattedMessage id="collections.rename" />
              </button>
              <button type="button" onClick={() => setConfirmDelete(true)}>
                <FormattedMessage id="collections.delete" />
              </button>
            </>
          )}
        </div>
      )}
      {confirmDelete && selected && (
        <ConfirmDialog label={intl.formatMessage({ id: 'collections.deleteLabel' })} onCancel={() => setConfirmDelete(false)} returnFocus={() => document.querySelector<HTMLElement>('[data-testid="library-collection"]')}>
          <p>
            <FormattedMessage id="collections.deleteQuestion" values={{ name: <bdi>{selected.name}</bdi> }} />
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void onDelete()}>
              <FormattedMessage id="collections.deleteLabel" />
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
