/**
 * The CPU-heavy half of an export (building Markdown or JSON-LD from gathered data), run in a
 * worker so a large notebook never freezes the UI; in place when workers are unavailable.
 */
import type { ExportLabels } from '../../core/export/export-labels';
import type { ExportFile, NotebookExportInput } from '../../core/export/export-types';
import { notebookMarkdown, singleDocumentMarkdown, type NotebookMarkdown } from '../../core/export/notebook-markdown';
import { w3cAnnotations } from '../../core/export/w3c-annotations';

/** `labels`: the words around the user's text, in the interface language at export time. */
export type ExportJob =
  | { kind: 'document'; input: NotebookExportInput; docId: string; labels: ExportLabels }
  | { kind: 'notebook'; input: NotebookExportInput; combinedName: string; labels: ExportLabels }
  | { kind: 'annotations'; input: NotebookExportInput; collectionId: string; labels: ExportLabels };

export type ExportJobResult =
  | { kind: 'document'; file: ExportFile | null }
  | { kind: 'notebook'; notebook: NotebookMarkdown }
  | { kind: 'annotations'; json: string };

/** Does the work of one job (this is what the worker runs). */
export function runJobInPlace(job: ExportJob): ExportJobResult {
  switch (job.kind) {
    case 'document':
      return { kind: 'document', file: singleDocumentMarkdown(job.input, job.docId, job.labels) };
    case 'notebook':
      return { kind: 'notebook', notebook: notebookMarkdown(job.input, job.combinedName, job.labels) };
    case 'annotations':
      return { kind: 'annotations', json: `${JSON.stringify(w3cAnnotations(job.input, job.collectionId, job.labels.collection), null, 1)}\n` };
  }
}

function runInWorker(job: ExportJob): Promise<ExportJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ ok: true; result: ExportJobResult } | { ok: false; message: string }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      reject(new WorkerUnavailable(event.message));
    };
    worker.postMessage(job);
  });
}

class WorkerUnavailable extends Error {}

/** Runs a job off the main thread when possible; if the worker cannot start, runs it here. */
export async function runExportJob(job: ExportJob): Promise<ExportJobResult> {
  if (typeof Worker === 'undefined') return runJobInPlace(job);
  try {
    return await runInWorker(job);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return runJobInPlace(job);
    throw error;
  }
}
