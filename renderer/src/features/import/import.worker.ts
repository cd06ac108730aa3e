/**
 * The import worker: reads, decodes, parses and stores files off the main thread, in batches of
 * one transaction each, reporting progress. A file that fails is listed and never stops the rest.
 */
import { importFile } from '../../core/import/import-file';
import { db } from '../../data/db';
import { storeImportedBatch, type ImportItem } from '../../data/library-store';
import type { FromImportWorker, ImportSource, ImportSummary, ToImportWorker } from './import-messages';

const BATCH_FILES = 50;
const BATCH_BYTES = 4 * 1024 * 1024;
const PROGRESS_EVERY_MS = 100;

let cancelled = false;
// Files sent so far and not yet taken, and the loop waiting for the next chunk, if it is.
let queue: ImportSource[] = [];
let wake: (() => void) | null = null;

async function nextSource(): Promise<ImportSource> {
  while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
  return queue.shift()!;
}

function post(message: FromImportWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function run(total: number, collectionIds: string[]): Promise<ImportSummary> {
  const summary: ImportSummary = { total, processed: 0, added: 0, duplicates: [], newVersions: [], failures: [], incomplete: [], cancelled: false };
  let batch: { path: string; item: ImportItem }[] = [];
  let batchBytes = 0;
  let lastProgress = 0;

  async function flush(): Promise<void> {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    batchBytes = 0;
    // Later files sort above earlier ones by "date added", so a folder reads top to bottom.
    let outcomes;
    try {
      outcomes = await storeImportedBatch(db, current.map((b) => b.item), Date.now(), collectionIds);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const { path } of current) summary.failures.push({ fileName: path, reason: { id: 'import.reason.notSaved', values: { file: path, detail: reason } } });
      return;
    }
    outcomes.forEach((outcome, index) => {
      const { path, item } = current[index]!;
      if (outcome.kind === 'added') {
        summary.added++;
        if (item.file.problems) summary.incomplete.push({ path, title: item.file.document.title, problems: item.file.problems });
      }
      else if (outcome.kind === 'duplicate') summary.duplicates.push({ path, title: outcome.title });
      else summary.newVersions.push({ path, docId: outcome.docId, title: outcome.title, file: item.file, bytes: item.bytes });
    });
  }

  for (let index = 0; index < total; index++) {
    if (cancelled) {
      summary.cancelled = true;
      break;
    }
    const source = await nextSource();
    try {
      const bytes = new Uint8Array(await source.blob.arrayBuffer());
      const outcome = await importFile(source.path.slice(source.path.lastIndexOf('/') + 1), bytes);
      if (outcome.ok) {
        batch.push({ path: source.path, item: { file: outcome.file, bytes } });
        batchBytes += bytes.length;
      } else summary.failures.push({ fileName: source.path, reason: outcome.failure.reason });
    } catch (error) {
      summary.failures.push({ fileName: source.path, reason: { id: 'import.reason.notRead', values: { file: source.path, detail: error instanceof Error ? error.message : String(error) } } });
    }
    summary.processed++;
    if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await flush();
    if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = Date.now();
      post({ type: 'progress', done: summary.processed, total });
    }
  }
  await flush();
  return summary;
}

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled = true;
    return;
  }
  if (message.type === 'files') {
    queue.push(...message.sources);
    wake?.();
    wake = null;
    return;
  }
  cancelled = false;
  queue = [];
  run(message.total, message.collectionIds).then(
    (summary) => post({ type: 'done', summary }, summary.newVersions.map((v) => v.bytes.buffer as ArrayBuffer)),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
