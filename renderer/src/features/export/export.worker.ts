/** The export worker: builds Markdown or JSON-LD off the main thread (see export-job.ts). */
import { runJobInPlace, type ExportJob } from './export-job';

self.onmessage = (event: MessageEvent<ExportJob>) => {
  try {
    self.postMessage({ ok: true, result: runJobInPlace(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
