/**
 * Export and backup: Markdown for the open document or the whole notebook, W3C annotations, and
 * a full backup out and back in. Self-contained: it reads the database and saves through the
 * platform API. Hooks: export-markdown, export-all-markdown, export-annotations, backup-export,
 * backup-import, error.
 */
import { useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { Message } from '../../core/message';
import type { NoteRow } from '../../core/notes/note-types';
import { BackupImportError, exportBackup, restoreBackup, serializeBackup, type ImportMode } from '../../data/backup-store';
import { db as defaultDb, type QiraaDb } from '../../data/db';
import { gatherExportData } from '../../data/export-data';
import { runExportJob } from './export-job';
import { interfaceExportLabels } from './interface-export-labels';
import { FormattedReason } from '../import/FormattedReason';
import { isolated, restoreMessage } from './restore-message';
import { saveFolder, saveOneFile } from './save-export';
import { ConfirmDialog } from '../layout/ConfirmDialog';
import { printDocument, saveDocumentPdf } from '../print/print-document';
import { useMenuCommand } from '../../platform/use-menu-command';
import './ExportMenu.css';

export interface ExportMenuProps {
  /** The document open in the reader; its export button is disabled without one. */
  openDocumentId: string | null;
  /** The parsed corpus, as the library has it. */
  documents: readonly CorpusDocument[];
  /** Overrides the conversion of a note to Markdown (by default its serialized Lexical state is read as JSON). */
  noteToMarkdown?: (note: NoteRow) => string;
  /** For tests; the app's database otherwise. */
  database?: QiraaDb;
}

type NotebookShape = 'combined' | 'folder';
/** A status line worded when it is drawn, in the interface language of that moment. */
type Wording = (intl: IntlShape) => string;
type TaskId = 'export.task.document' | 'export.task.notebook' | 'export.task.annotations' | 'export.task.backup' | 'export.task.restore' | 'export.task.pdf';
interface Progress {
  task: TaskId;
  done: number;
  total: number;
}

const today = () => new Date().toISOString().slice(0, 10);

export function ExportMenu({ openDocumentId, documents, noteToMarkdown, database = defaultDb }: ExportMenuProps) {
  const intl = useIntl();
  const [progress, setProgress] = useState<Progress | null>(null);
  // The message, not its words: a refusal on screen is worded again when the interface language changes.
  const [error, setError] = useState<Message | null>(null);
  const [status, setStatus] = useState<Wording | null>(null);
  const [shape, setShape] = useState<NotebookShape>('combined');
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  // A file chosen to replace everything, waiting for the user to confirm.
  const [replaceWith, setReplaceWith] = useState<File | null>(null);

  /** Runs one export at a time, with progress, and turns failures into a message. */
  async function run(taskId: TaskId, task: (report: (done: number, total: number) => void) => Promise<Wording | null>) {
    if (progress) return;
    setError(null);
    setStatus(null);
    setProgress({ task: taskId, done: 0, total: 1 });
    try {
      const message = await task((done, total) => setProgress({ task: taskId, done, total }));
      setStatus(() => message);
    } catch (caught) {
      setError(caught instanceof BackupImportError ? caught.reason : { id: 'export.failed', values: { task: { id: taskId }, reason: caught instanceof Error ? caught.message : String(caught) } });
    } finally {
      setProgress(null);
    }
  }

  const gather = (report: (done: number, total: number) => void, alsoDocument?: string) =>
    gatherExportData(database, documents, { noteToMarkdown, onProgress: report, alsoDocument, deletedNoteLabel: labels().deletedNote });
  const savedMessage = (result: { saved: boolean }, what: Wording): Wording | null => (result.saved ? (now) => now.formatMessage({ id: 'export.saved' }, { name: what(now) }) : null);
  const fail = (id: 'export.error.noDocument' | 'export.error.notInLibrary' | 'export.error.wrongJob') => new Error(intl.formatMessage({ id }));
  // Read at export time: the generated headings and labels follow the interface language of that moment.
  const labels = () => interfaceExportLabels(intl);
  const notebookName = () => intl.formatMessage({ id: 'export.notebookName' }, { date: today() });

  const exportDocument = () =>
    run('export.task.document', async (report) => {
      if (!openDocumentId) throw fail('export.error.noDocument');
      // Included even with no highlights yet: the file then holds its metadata and an empty list.
      const result = await runExportJob({ kind: 'document', input: await gather(report, openDocumentId), docId: openDocumentId, labels: labels() });
      const file = result.kind === 'document' ? result.file : null;
      if (!file) throw fail('export.error.notInLibrary');
      return savedMessage(await saveOneFile({ suggestedName: file.name, content: file.content, kind: 'markdown' }), (now) => isolated(now, file.name));
    });

  const exportNotebook = () =>
    run('export.task.notebook', async (report) => {
      const result = await runExportJob({ kind: 'notebook', input: await gather(report), combinedName: notebookName(), labels: labels() });
      if (result.kind !== 'notebook') throw fail('export.error.wrongJob');
      const { files, combined } = result.notebook;
      if (shape === 'combined') return savedMessage(await saveOneFile({ suggestedName: combined.name, content: combined.content, kind: 'markdown' }), (now) => isolated(now, combined.name));
      return savedMessage(await saveFolder({ folderName: notebookName(), files }), (now) => now.formatMessage({ id: 'export.savedFiles' }, { count: files.length }));
    });

  const exportAnnotations = () =>
    run('export.task.annotations', async (report) => {
      const result = await runExportJob({ kind: 'annotations', input: await gather(report), collectionId: `urn:uuid:${crypto.randomUUID()}`, labels: labels() });
      if (result.kind !== 'annotations') throw fail('export.error.wrongJob');
      const name = `qiraa-annotations-${today()}.json`;
      return savedMessage(await saveOneFile({ suggestedName: name, content: result.json, kind: 'json' }), (now) => isolated(now, name));
    });

  // The desktop menu's "Save as PDF…" (with notes): the open document's print view, named by its title.
  const savePdf = async (withNotes: boolean) =>
    run('export.task.pdf', async () => {
      if (!openDocumentId) throw fail('export.error.noDocument');
      const state = await database.documentState.get(openDocumentId);
      const title = state?.customTitle ?? documents.find((d) => d.id === openDocumentId)?.title ?? openDocumentId;
      const { result, name } = await saveDocumentPdf(title, withNotes);
      return savedMessage(result, () => name);
    });
  useMenuCommand((command) => {
    if (command === 'save-pdf' || command === 'save-pdf-with-notes') void savePdf(command === 'save-pdf-with-notes');
  });

  const exportFullBackup = () =>
    run('export.task.backup', async () => {
      const name = `qiraa-backup-${today()}.json`;
      return savedMessage(await saveOneFile({ suggestedName: name, content: serializeBackup(await exportBackup(database)), kind: 'json' }), (now) => isolated(now, name));
    });

  const restore = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, whatever happens next, so choosing the same file again (say, after fixing
    // it) fires a new change event.
    input.value = '';
    if (!file) return;
    if (importMode === 'replace') setReplaceWith(file);
    else restoreFrom(file, 'merge');
  };

  const restoreFrom = (file: File, mode: ImportMode) =>
    void run('export.task.restore', async () => {
      const { report } = await restoreBackup(database, await file.text(), mode);
      return (now) => restoreMessage(now, file.name, mode, report);
    });

  const busy = progress !== null;
  return (
    <section className="export-menu" aria-labelledby="export-heading" aria-busy={busy}>
      <h2 id="export-heading" className="panel-heading">
        <FormattedMessage id="export.heading" />
      </h2>
      <button type="button" data-testid="export-markdown" disabled={busy || !openDocumentId} onClick={exportDocument}>
        <FormattedMessage id="export.document" />
      </button>
      <div className="print-row">
        <button type="button" data-testid="print-document" disabled={busy || !openDocumentId} onClick={() => printDocument(false)}>
          <FormattedMessage id="export.print" />
        </button>
        <button type="button" data-testid="print-document-notes" disabled={busy || !openDocumentId} onClick={() => printDocument(true)}>
          <FormattedMessage id="export.printWithNotes" />
        </button>
      </div>
      <div className="export-row">
        <button type="button" data-testid="export-all-markdown" disabled={busy} onClick={exportNotebook}>
          <FormattedMessage id="export.notebook" />
        </button>
        <select aria-label={intl.formatMessage({ id: 'export.shape' })} value={shape} disabled={busy} onChange={(event) => setShape(event.target.value as NotebookShape)}>
          <option value="combined">{intl.formatMessage({ id: 'export.shape.combined' })}</option>
          <option value="folder">{intl.formatMessage({ id: 'export.shape.folder' })}</option>
        </select>
      </div>
      <button type="button" data-testid="export-annotations" disabled={busy} onClick={exportAnnotations}>
        <FormattedMessage id="export.annotations" />
      </button>
      <button type="button" data-testid="backup-export" disabled={busy} onClick={exportFullBackup}>
        <FormattedMessage id="export.backup" />
      </button>
      <div className="export-row">
        <label className={`file-button${busy ? ' disabled' : ''}`}>
          <FormattedMessage id="export.restore" />
          <input
            type="file"
            className="visually-hidden"
            data-testid="backup-import"
            accept=".json,application/json"
            disabled={busy}
            onChange={restore}
          />
        </label>
        <select aria-label={intl.formatMessage({ id: 'export.restoreMode' })} value={importMode} disabled={busy} onChange={(event) => setImportMode(event.target.value as ImportMode)}>
          <option value="merge">{intl.formatMessage({ id: 'export.restoreMode.merge' })}</option>
          <option value="replace">{intl.formatMessage({ id: 'export.restoreMode.replace' })}</option>
        </select>
      </div>
      {replaceWith && (
        <ConfirmDialog
          label={intl.formatMessage({ id: 'export.replace.label' })}
          onCancel={() => setReplaceWith(null)}
          returnFocus={() => document.querySelector<HTMLElement>('[data-testid="backup-import"]')}
          testId="restore-replace-dialog"
        >
          <p>
            <FormattedMessage id="export.replace.question" values={{ file: <bdi>{replaceWith.name}</bdi> }} />
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="danger-button"
              onClick={() => {
                setReplaceWith(null);
                restoreFrom(replaceWith, 'replace');
              }}
            >
              <FormattedMessage id="export.replace.confirm" />
            </button>
            <button type="button" onClick={() => setReplaceWith(null)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </button>
          </div>
        </ConfirmDialog>
      )}
      {progress && (
        <p className="export-progress" role="status">
          <FormattedMessage id="export.progress" values={{ task: intl.formatMessage({ id: progress.task }) }} /> <progress data-testid="export-progress" value={progress.done} max={Math.max(1, progress.total)} />
        </p>
      )}
      {status && !progress && (
        <p className="export-status" role="status">
          {status(intl)}
        </p>
      )}
      {error && (
        <p className="export-error" data-testid="error" role="alert">
          <FormattedReason reason={error} />
        </p>
      )}
    </section>
  );
}
