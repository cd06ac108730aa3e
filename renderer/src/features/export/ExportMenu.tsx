/**
 * Export and backup: Markdown for the open document or the whole notebook, W3C annotations, and
 * a full backup out and back in. Self-contained: it reads the database and saves through the
 * platform API. Hooks: export-markdown, export-all-markdown, export-annotations, backup-export,
 * backup-import, error.
 */
import { useState, type ChangeEvent } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { NoteRow } from '../../core/notes/note-types';
import { describeRestore } from '../../core/export/restore-report';
import { BackupImportError, exportBackup, restoreBackup, serializeBackup, type ImportMode } from '../../data/backup-store';
import { db as defaultDb, type QiraaDb } from '../../data/db';
import { gatherExportData } from '../../data/export-data';
import { runExportJob } from './export-job';
import { saveFolder, saveOneFile } from './save-export';
import { ConfirmDialog } from '../layout/ConfirmDialog';
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
interface Progress {
  label: string;
  done: number;
  total: number;
}

const today = () => new Date().toISOString().slice(0, 10);

export function ExportMenu({ openDocumentId, documents, noteToMarkdown, database = defaultDb }: ExportMenuProps) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [shape, setShape] = useState<NotebookShape>('combined');
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  // A file chosen to replace everything, waiting for the user to confirm.
  const [replaceWith, setReplaceWith] = useState<File | null>(null);

  /** Runs one export at a time, with progress, and turns failures into a message. */
  async function run(label: string, task: (report: (done: number, total: number) => void) => Promise<string | null>) {
    if (progress) return;
    setError(null);
    setStatus(null);
    setProgress({ label, done: 0, total: 1 });
    try {
      const message = await task((done, total) => setProgress({ label, done, total }));
      setStatus(message);
    } catch (caught) {
      setError(caught instanceof BackupImportError ? caught.message : `${label} failed: ${caught instanceof Error ? caught.message : String(caught)}`);
    } finally {
      setProgress(null);
    }
  }

  const gather = (report: (done: number, total: number) => void, alsoDocument?: string) =>
    gatherExportData(database, documents, { noteToMarkdown, onProgress: report, alsoDocument });
  const savedMessage = (result: { saved: boolean }, what: string) => (result.saved ? `Saved ${what}.` : null);

  const exportDocument = () =>
    run('Markdown export', async (report) => {
      if (!openDocumentId) throw new Error('open a document first');
      // Included even with no highlights yet: the file then holds its metadata and an empty list.
      const result = await runExportJob({ kind: 'document', input: await gather(report, openDocumentId), docId: openDocumentId });
      const file = result.kind === 'document' ? result.file : null;
      if (!file) throw new Error('the open document is not in the library');
      return savedMessage(await saveOneFile({ suggestedName: file.name, content: file.content, kind: 'markdown' }), file.name);
    });

  const exportNotebook = () =>
    run('Notebook export', async (report) => {
      const result = await runExportJob({ kind: 'notebook', input: await gather(report), combinedName: `Qiraa notebook ${today()}` });
      if (result.kind !== 'notebook') throw new Error('the export worker answered the wrong job');
      const { files, combined } = result.notebook;
      if (shape === 'combined') return savedMessage(await saveOneFile({ suggestedName: combined.name, content: combined.content, kind: 'markdown' }), combined.name);
      return savedMessage(await saveFolder({ folderName: `Qiraa notebook ${today()}`, files }), `${files.length} files`);
    });

  const exportAnnotations = () =>
    run('Annotation export', async (report) => {
      const result = await runExportJob({ kind: 'annotations', input: await gather(report), collectionId: `urn:uuid:${crypto.randomUUID()}` });
      if (result.kind !== 'annotations') throw new Error('the export worker answered the wrong job');
      const name = `qiraa-annotations-${today()}.json`;
      return savedMessage(await saveOneFile({ suggestedName: name, content: result.json, kind: 'json' }), name);
    });

  const exportFullBackup = () =>
    run('Backup', async () => {
      const name = `qiraa-backup-${today()}.json`;
      return savedMessage(await saveOneFile({ suggestedName: name, content: serializeBackup(await exportBackup(database)), kind: 'json' }), name);
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
    void run('Restore', async () => describeRestore(file.name, mode, (await restoreBackup(database, await file.text(), mode)).report));

  const busy = progress !== null;
  return (
    <section className="export-menu" aria-labelledby="export-heading" aria-busy={busy}>
      <h2 id="export-heading" className="panel-heading">
        Export and backup
      </h2>
      <button type="button" data-testid="export-markdown" disabled={busy || !openDocumentId} onClick={exportDocument}>
        Document → Markdown
      </button>
      <div className="export-row">
        <button type="button" data-testid="export-all-markdown" disabled={busy} onClick={exportNotebook}>
          Notebook → Markdown
        </button>
        <select aria-label="Notebook export shape" value={shape} disabled={busy} onChange={(event) => setShape(event.target.value as NotebookShape)}>
          <option value="combined">one file</option>
          <option value="folder">folder of files</option>
        </select>
      </div>
      <button type="button" data-testid="export-annotations" disabled={busy} onClick={exportAnnotations}>
        Annotations → W3C JSON-LD
      </button>
      <button type="button" data-testid="backup-export" disabled={busy} onClick={exportFullBackup}>
        Back up everything
      </button>
      <div className="export-row">
        <label className={`file-button${busy ? ' disabled' : ''}`}>
          Restore backup…
          <input
            type="file"
            className="visually-hidden"
            data-testid="backup-import"
            accept=".json,application/json"
            disabled={busy}
            onChange={restore}
          />
        </label>
        <select aria-label="How to restore" value={importMode} disabled={busy} onChange={(event) => setImportMode(event.target.value as ImportMode)}>
          <option value="merge">merge</option>
          <option value="replace">replace all</option>
        </select>
      </div>
      {replaceWith && (
        <ConfirmDialog
          label="Replace everything with this backup?"
          onCancel={() => setReplaceWith(null)}
          returnFocus={() => document.querySelector<HTMLElement>('[data-testid="backup-import"]')}
          testId="restore-replace-dialog"
        >
          <p>
            Replace your imported documents, highlights, notes and settings with <bdi>{replaceWith.name}</bdi>? What is here now will be gone.
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
              Replace everything
            </button>
            <button type="button" onClick={() => setReplaceWith(null)} data-autofocus>
              Cancel
            </button>
          </div>
        </ConfirmDialog>
      )}
      {progress && (
        <p className="export-progress" role="status">
          {progress.label}… <progress data-testid="export-progress" value={progress.done} max={Math.max(1, progress.total)} />
        </p>
      )}
      {status && !progress && (
        <p className="export-status" role="status">
          {status}
        </p>
      )}
      {error && (
        <p className="export-error" data-testid="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
