/**
 * The search worker, made as the page starts (`startSearchWorker`, from boot.ts before the app's
 * chunk runs), so that its script loads and the saved index is read while the page itself starts
 * and the corpus loads; the search hook takes it over when it mounts (`takeSearchWorker`). What
 * it says before then is kept and handed over with it.
 *
 * Each worker is given the bundled corpus (its `start`) as soon as the app has loaded it
 * (`corpusLoaded`), not once the app has drawn it: that render can take a tenth of a second, and
 * the worker answers nothing before its start.
 */
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import { corpusLoaded } from '../library/corpus-load';
import type { SourceDocument } from './research-sources';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';

export interface TakenWorker {
  worker: Worker;
  /** Messages it sent before it was taken, in order. */
  said: FromSearchWorker[];
  /** Errors it reported before it was taken (a script that could not load). */
  errors: string[];
}

let early: TakenWorker | null = null;

const toSource = (doc: CorpusDocument): SourceDocument => ({
  id: doc.id,
  title: doc.title,
  text: doc.text,
  blocks: doc.blocks.map((b) => [b.kind, b.start, b.end] as const),
});

/**
 * A new worker, started with the bundled corpus once it is loaded: the documents that could be
 * read (none when the corpus could not be loaded at all, as the app lists none then).
 */
function makeWorker(): Worker {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const start = (bundled: SourceDocument[]) => worker.postMessage({ type: 'start', bundled } satisfies ToSearchWorker);
  corpusLoaded.then(
    (entries) => start(entries.flatMap((entry) => (entry.ok ? [toSource(entry.document)] : []))),
    () => start([]),
  );
  return worker;
}

/** Starts the worker ahead of the app; a failure is left for the hook to meet and report. */
export function startSearchWorker(): void {
  if (early) return;
  try {
    const taken: TakenWorker = { worker: makeWorker(), said: [], errors: [] };
    taken.worker.onmessage = (event: MessageEvent<FromSearchWorker>) => taken.said.push(event.data);
    taken.worker.onerror = (event) => {
      event.preventDefault();
      taken.errors.push(event.message);
    };
    performance.mark('search:worker-created');
    early = taken;
  } catch {
    early = null;
  }
}

/** The worker started ahead (once), else a new one. Throws when none can be made. */
export function takeSearchWorker(): TakenWorker {
  const taken = early;
  early = null;
  if (taken) return taken;
  performance.mark('search:worker-created');
  return { worker: makeWorker(), said: [], errors: [] };
}
