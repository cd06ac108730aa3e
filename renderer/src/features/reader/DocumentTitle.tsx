import { useState, type FormEvent } from 'react';
import { renameDocument } from '../../data/document-state';

interface DocumentTitleProps {
  docId: string;
  originalTitle: string;
  customTitle: string | null;
}

/** The document's title with a rename control; renames are stored, the corpus is never written. */
export function DocumentTitle({ docId, originalTitle, customTitle }: DocumentTitleProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const shown = customTitle ?? originalTitle;

  function start() {
    setDraft(shown);
    setEditing(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void renameDocument(docId, draft, originalTitle).then(() => setEditing(false));
  }

  if (editing) {
    return (
      <form className="title-form" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="rename-input">
          Document title
        </label>
        <input
          id="rename-input"
          className="title-input"
          dir="auto"
          value={draft}
          maxLength={300}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
        />
        <div className="title-actions" dir="ltr">
          <button type="submit">Save title</button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="title-row">
      <h1 data-testid="reader-title" className="reader-title">
        {shown}
      </h1>
      <div className="title-actions" dir="ltr">
        <button type="button" className="quiet-button" onClick={start} aria-label="Rename document">
          Rename
        </button>
        {customTitle !== null && (
          <button
            type="button"
            className="quiet-button"
            onClick={() => void renameDocument(docId, '', originalTitle)}
            title={originalTitle}
          >
            Restore original title
          </button>
        )}
      </div>
    </div>
  );
}
