import { memo, useDeferredValue, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { emptyContent } from '../../core/notes/note-content';
import { previewOf, type NotebookEntry } from '../../core/notes/notebook';
import { createNote } from '../../data/note-store';
import { useNote, useNotebookPage } from '../../data/use-notes';
import { NotePane } from './NotePane';
import { isoTime } from '../../core/export/export-time';

/** Long notebooks show this many entries at first; the filter narrows them down. */
const PAGE = 50;

interface NotebookPanelProps {
  openNoteId: string | null;
  onOpen: (noteId: string | null) => void;
  onSaveError: (error: unknown) => void;
}

/** The notebook: the open note, then every note by last edit, filterable by text. */
export function NotebookPanel({ openNoteId, onOpen, onSaveError }: NotebookPanelProps) {
  const intl = useIntl();
  const open = useNote(openNoteId);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const page = useNotebookPage(useDeferredValue(query), shown);

  return (
    <>
      {open && <NotePane key={open.id} note={open} onClose={() => onOpen(null)} onSaveError={onSaveError} />}
      {open === null && openNoteId !== null && (
        <p className="empty-hint">
          <FormattedMessage id="notes.wasDeleted" />
        </p>
      )}
      <section aria-labelledby="notebook-heading" className="notebook">
        <div className="details-header">
          <h2 id="notebook-heading" className="panel-heading">
            <FormattedMessage id="notes.heading" /> <span className="count">{page ? intl.formatNumber(page.total) : ''}</span>
          </h2>
          <button type="button" onClick={() => void createNote({ title: '', highlightId: null, docId: null }, emptyContent()).then((n) => onOpen(n.id), onSaveError)}>
            <FormattedMessage id="notes.new" />
          </button>
        </div>
        <input
          type="search"
          className="notebook-filter"
          aria-label={intl.formatMessage({ id: 'notes.filter' })}
          placeholder={intl.formatMessage({ id: 'notes.filter' })}
          dir="auto"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <ul data-testid="notes-panel" className="note-list">
          {page?.entries.map((entry) => (
            <NoteItem key={entry.id} entry={entry} open={entry.id === openNoteId} onOpen={onOpen} />
          ))}
        </ul>
        {page?.more && (
          <button type="button" className="quiet-button" onClick={() => setShown(shown + PAGE)}>
            <FormattedMessage id="notes.showMore" />
          </button>
        )}
        {query !== '' && page?.entries.length === 0 && (
          <p className="empty-hint">
            <FormattedMessage id="notes.noMatch" />
          </p>
        )}
        {page?.total === 0 && (
          <p className="empty-hint">
            <FormattedMessage id="notes.none" />
          </p>
        )}
      </section>
    </>
  );
}

const NoteItem = memo(function NoteItem({ entry, open, onOpen }: { entry: NotebookEntry; open: boolean; onOpen: (id: string) => void }) {
  const intl = useIntl();
  return (
    <li>
      <button
        type="button"
        data-testid="note-item"
        data-note-id={entry.id}
        className={`note-item${open ? ' selected' : ''}`}
        aria-current={open ? 'true' : undefined}
        onClick={() => onOpen(entry.id)}
      >
        <span className="note-item-title" dir="auto">
          {entry.highlightId && (
            <span className="note-marker-inline" aria-label={intl.formatMessage({ id: 'notes.onHighlight' })} role="img">
              {intl.formatMessage({ id: 'highlights.noteMarker' })}
            </span>
          )}
          {entry.title || intl.formatMessage({ id: 'notes.untitled' })}
        </span>
        <span className="note-item-preview" dir="auto">
          {previewOf(entry)}
        </span>
        <NoteDate time={entry.modifiedAt} />
      </button>
    </li>
  );
});

/** When a note was last edited; a stored time no date can hold (a row from before backups checked) shows as unknown. */
function NoteDate({ time }: { time: number }) {
  const intl = useIntl();
  const iso = isoTime(time);
  if (iso === null)
    return (
      <span className="note-item-date">
        <FormattedMessage id="notes.dateUnknown" />
      </span>
    );
  return (
    <time className="note-item-date" dateTime={iso}>
      {intl.formatDate(time, { dateStyle: 'medium', timeStyle: 'short' })}
    </time>
  );
}
