import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { noteContentProblem } from '../../core/export/note-content-check';
import type { NoteRow } from '../../core/notes/note-types';
import { countLinksTo, deleteNote, renameNote } from '../../data/note-store';
import { useBacklinks } from '../../data/use-notes';
import { Backlinks } from './Backlinks';
import { JournalNotice } from './JournalNotice';
import { NoteEditor } from './NoteEditor';
import { UnreadableNote } from './UnreadableNote';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { firstOf, focusWhenLost } from '../layout/focus-when-lost';

/** Where focus goes when note `id` is deleted: the notebook's list, else its tab. */
const notebookFocus = (id: string) => () => firstOf(`[data-testid="note-item"]:not([data-note-id="${CSS.escape(id)}"])`, '#side-panel [role="tab"][aria-selected="true"]');

interface NotePaneProps {
  note: NoteRow;
  onClose: () => void;
  onSaveError: (error: unknown) => void;
}

/** A note of the notebook: its title, its text and the notes that link to it. Keyed by note id. */
export function NotePane({ note, onClose, onSaveError }: NotePaneProps) {
  const intl = useIntl();
  const [title, setTitle] = useState(note.title);
  const [storedTitle, setStoredTitle] = useState(note.title);
  const [editingTitle, setEditingTitle] = useState(false);
  // A title changed elsewhere (another window, a restore) is shown unless the user is typing one here.
  if (note.title !== storedTitle && !editingTitle) {
    setStoredTitle(note.title);
    setTitle(note.title);
  }
  const problem = useMemo(() => noteContentProblem(note.content), [note.content]);
  // What the editor opens with, read once; null while the stored content cannot be read, so that
  // readable content replacing it (a restore) opens in the editor.
  const [initialContent, setInitialContent] = useState(problem === null ? note.content : null);
  if (problem === null && initialContent === null) setInitialContent(note.content);
  const identity = useMemo(() => ({ id: note.id, title: note.title, highlightId: note.highlightId, docId: note.docId }), [note.id, note.title, note.highlightId, note.docId]);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const backlinks = useBacklinks(note.id, note.highlightId);

  async function askDelete() {
    const linking = await countLinksTo(note.id);
    if (linking === 0) {
      focusWhenLost(notebookFocus(note.id));
      await deleteNote(note.id);
      onClose();
    } else setConfirmDelete(linking);
  }

  return (
    <section className="note-pane" aria-label={intl.formatMessage({ id: 'notes.openNote' })} data-note-id={note.id}>
      <div className="details-header">
        <input
          className="note-title"
          aria-label={intl.formatMessage({ id: 'notes.noteTitle' })}
          placeholder={intl.formatMessage({ id: 'notes.untitled' })}
          dir="auto"
          value={title}
          onFocus={() => setEditingTitle(true)}
          onBlur={() => setEditingTitle(false)}
          onChange={(event) => {
            setTitle(event.target.value);
            renameNote(note.id, event.target.value).catch(onSaveError);
          }}
        />
        <button type="button" className="quiet-button" onClick={onClose} aria-label={intl.formatMessage({ id: 'notes.closeNote' })}>
          <FormattedMessage id="common.closeSymbol" />
        </button>
      </div>
      {problem !== null ? (
        <UnreadableNote content={note.content} problem={problem} />
      ) : (
        initialContent !== null && <NoteEditor identity={identity} initialContent={initialContent} stored={note} label={intl.formatMessage({ id: 'notes.editor' })} placeholder={intl.formatMessage({ id: 'notes.editorPlaceholder' })} onSaveError={onSaveError} />
      )}
      <JournalNotice noteId={note.id} />
      <Backlinks links={backlinks} label={intl.formatMessage({ id: 'notes.backlinks.note' })} />
      <button type="button" className="danger-button note-delete" onClick={() => void askDelete()}>
        <FormattedMessage id="notes.delete" />
      </button>
      {confirmDelete !== null && (
        <ConfirmDialog label={intl.formatMessage({ id: 'notes.deleteQuestion.label' })} onCancel={() => setConfirmDelete(null)} returnFocus={notebookFocus(note.id)}>
          <p>
            <FormattedMessage id="notes.deleteQuestion" values={{ count: confirmDelete }} />
          </p>
          <div className="dialog-actions">
            <button type="button" className="danger-button" onClick={() => void deleteNote(note.id).then(onClose)}>
              <FormattedMessage id="common.delete" />
            </button>
            <button type="button" onClick={() => setConfirmDelete(null)}>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </ConfirmDialog>
      )}
    </section>
  );
}
