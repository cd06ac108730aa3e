import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { textDirection } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { renameDocument } from '../../data/document-state';

interface DocumentTitleProps {
  docId: string;
  originalTitle: string;
  customTitle: string | null;
}

/** The document's title with a rename control; renames are stored, the corpus is never written. */
export function DocumentTitle({ docId, originalTitle, customTitle }: DocumentTitleProps) {
  const intl = useIntl();
  // The buttons are the interface's, in its direction, though they sit in the right-to-left reader.
  const chromeDir = textDirection(useLanguage());
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
          <FormattedMessage id="reader.titleLabel" />
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
        <div className="title-actions" dir={chromeDir}>
          <button type="submit">
            <FormattedMessage id="reader.saveTitle" />
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            <FormattedMessage id="common.cancel" />
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
      <div className="title-actions" dir={chromeDir}>
        <button type="button" className="quiet-button" onClick={start} aria-label={intl.formatMessage({ id: 'reader.renameLabel' })}>
          <FormattedMessage id="reader.rename" />
        </button>
        {customTitle !== null && (
          <button
            type="button"
            className="quiet-button"
            onClick={() => void renameDocument(docId, '', originalTitle)}
            title={originalTitle}
          >
            <FormattedMessage id="reader.restoreTitle" />
          </button>
        )}
      </div>
    </div>
  );
}
