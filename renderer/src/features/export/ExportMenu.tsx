/**
 * Export and backup: Markdown for the open document or the whole notebook, W3C annotations, and
 * a full backup out and back in. Self-contained: it reads the database and saves through the
 * platform API. Hooks: export-markdown, export-all-markdown, export-annotations, backup-export,
 * backup-import, error.
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { NoteRow } from '../../core/notes/note-types';
import { BackupImportError, exportBackup, importBackup, serializeBackup, type ImportMode } from '../../data/backup-store';
import { db as defaultDb, type QiraaDb } from '../../data/db';
import { gatherExportData } from '../../data/export-data';
import { runExportJob } from './export-job';
import { canSaveFolder, saveFolder, saveOneFile } from './save-export';

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
  const [folderAvailable, setFolderAvailable] = useState(false);

  useEffect(() => {
    let live = true;
    canSaveFolder().then((ok) => live && setFolderAvailable(ok), () => live && setFolderAvailable(false));
    return () => {
      live = false;
    };
  }, []);

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

  const gather = (report: (done: number, total: number) => void) => gatherExportData(database, documents, { noteToMarkdown, onProgress: report });
  const savedMessage = (result: { saved: boolean }, what: string) => (result.saved ? `Saved ${what}.` : null);

  const exportDocument = () =>
    run('Markdown export', async (report) => {
      if (!openDocumentId) throw new Error('open a document first');
      const result = await runExportJob({ kind: 'document', input: await gather(report), docId: openDocumentId });
      const file = result.kind === 'document' ? result.file : null;
      if (!file) throw new Error('this document has no highlights or notes to export');
      return savedMessage(await saveOneFile({ suggestedName: file.name, content: file.content, kind: 'markdown' }), file.name);
    });

  const exportNotebook = () =>
    run('Notebook export', async (report) => {
      const result = await runExportJob({ kind: 'notebook', input: await gather(report), combinedName: `Qiraa notebook ${today()}` });
      if (result.kind !== 'notebook') throw new Error('the export worker answered the wrong job');
      const { files, combined } = result.notebook;
      if (shape === 'combined') return savedMessage(await saveOneFile({ suggestedName: combined.name, content: combined.content, kind: 'markdown' }), combined.name);
      return savedMessage(await saveFolder({ folderName: `Qiraa notebook ${today()}`, files }, report), `${files.length} files`);
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
    if (!file) return;
    void run('Restore', async () => {
      const counts = await importBackup(database, await file.text(), importMode);
      input.value = '';
      return `Restored ${file.name}: ${counts.highlights} highlights, ${counts.notes} notes, ${counts.documentState} documents’ settings.`;
    });
  };

  const busy = progress !== null;
  return (
    <section className="export-menu" aria-label="Export and backup" aria-busy={busy}>
      <div className="export-menu__group">
        <button type="button" data-testid="export-markdown" disabled={busy || !openDocumentId} onClick={exportDocument}>
          Export this document (Markdown)
        </button>
      </div>
      <fieldset className="export-menu__group" disabled={busy}>
        <legend>Whole notebook</legend>
        <label>
          <input type="radio" name="notebook-shape" checked={shape === 'combined'} onChange={() => setShape('combined')} /> One combined file
        </label>
        <label title={folderAvailable ? undefined : 'Not available in this version of the desktop app'}>
          <input type="radio" name="notebook-shape" checked={shape === 'folder'} disabled={!folderAvailable} onChange={() => setShape('folder')} /> One file per document and note
        </label>
        <button type="button" data-testid="export-all-markdown" onClick={exportNotebook}>
          Export notebook (Markdown)
        </button>
      </fieldset>
      <div className="export-menu__group">
        <button type="button" data-testid="export-annotations" disabled={busy} onClick={exportAnnotations}>
          Export annotations (W3C JSON-LD)
        </button>
        <button type="button" data-testid="backup-export" disabled={busy} onClick={exportFullBackup}>
          Back up everything
        </button>
      </div>
      <fieldset className="export-menu__group" disabled={busy}>
        <legend>Restore a backup</legend>
        <label>
          <input type="radio" name="import-mode" checked={importMode === 'merge'} onChange={() => setImportMode('merge')} /> Merge with what is here
        </label>
        <label>
          <input type="radio" name="import-mode" checked={importMode === 'replace'} onChange={() => setImportMode('replace')} /> Replace everything
        </label>
        <input type="file" data-testid="backup-import" accept=".json,application/json" aria-label="Backup file to restore" onChange={restore} />
      </fieldset>
      {progress && (
        <p className="export-menu__progress" role="status">
          {progress.label}… <progress data-testid="export-progress" value={progress.done} max={Math.max(1, progress.total)} />
        </p>
      )}
      {status && !progress && <p role="status">{status}</p>}
      {error && (
        <p className="export-menu__error" data-testid="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
