/**
 * Runs imports in the import worker and keeps what the progress bar and the summary show.
 * New versions of documents already in the library wait for the user: replace, add or skip.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '../../core/message';
import { db } from '../../data/db';
import { replaceDocumentText, storeImportedBatch } from '../../data/library-store';
import { yieldToUi } from '../../platform/yield-to-ui';
import type { FromImportWorker, ImportSource, ImportSummary, NewVersion, ToImportWorker } from './import-messages';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; cancelling: boolean }
  | { status: 'finished'; summary: ImportSummary }
  | { status: 'failed'; message: Message };

export interface Importer {
  state: ImportState;
  start: (sources: ImportSource[], collectionIds: string[]) => void;
  cancel: () => void;
  /** What to do with the new versions the import held back. */
  resolveNewVersions: (versions: NewVersion[], choice: 'replace' | 'add' | 'skip') => Promise<void>;
  dismiss: () => void;
}

// Files handed to the worker per message; the window paints and takes input between chunks.
const SEND_CHUNK = 100;

function post(worker: Worker, message: ToImportWorker): void {
  worker.postMessage(message);
}

export function useImport(): Importer {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const start = useCallback((sources: ImportSource[], collectionIds: string[]) => {
    if (sources.length === 0 || workerRef.current) return;
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    const finish = (next: ImportState) => {
      worker.terminate();
      workerRef.current = null;
      setState(next);
    };
    worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.type === 'progress') setState((s) => ({ status: 'running', done: message.done, total: message.total, cancelling: s.status === 'running' && s.cancelling }));
      else if (message.type === 'done') finish({ status: 'finished', summary: message.summary });
      else finish({ status: 'failed', message: { id: 'import.stopped', values: { detail: message.message } } });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ status: 'failed', message: event.message ? { id: 'import.stopped', values: { detail: event.message } } : { id: 'import.workerFailed' } });
    };
    setState({ status: 'running', done: 0, total: sources.length, cancelling: false });
    post(worker, { type: 'start', total: sources.length, collectionIds });
    void (async () => {
      for (let i = 0; i < sources.length; i += SEND_CHUNK) {
        if (workerRef.current !== worker) return;
        post(worker, { type: 'files', sources: sources.slice(i, i + SEND_CHUNK) });
        await yieldToUi();
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    workerRef.current?.postMessage({ type: 'cancel' });
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  const resolveNewVersions = useCallback(async (versions: NewVersion[], choice: 'replace' | 'add' | 'skip') => {
    // A version whose document was deleted meanwhile is kept as a document of its own.
    const toAdd: NewVersion[] = [];
    if (choice === 'replace') for (const v of versions) if (!(await replaceDocumentText(db, v.docId, { file: v.file, bytes: v.bytes }))) toAdd.push(v);
    if (choice === 'add') toAdd.push(...versions);
    if (toAdd.length > 0) await storeImportedBatch(db, toAdd.map((v) => ({ file: v.file, bytes: v.bytes })), Date.now(), [], { newVersions: 'add' });
    const settled = new Set(versions);
    setState((s) =>
      s.status === 'finished'
        ? { status: 'finished', summary: { ...s.summary, added: s.summary.added + toAdd.length, newVersions: s.summary.newVersions.filter((v) => !settled.has(v)) } }
        : s,
    );
  }, []);

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, cancel, resolveNewVersions, dismiss };
}
