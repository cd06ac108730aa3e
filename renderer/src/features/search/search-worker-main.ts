/**
 * The search worker's keeper (index-keeper.ts) over the app's database, answering by postMessage:
 * loaded by the worker's first script (search.worker.ts) once it has begun the start's read.
 */
import { db } from '../../data/db';
import { createIndexKeeper } from './index-keeper';
import { readStart, type StartRead } from './index-records';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';

/** Starts the keeper with the start's read begun already (read through Dexie when that fails), and the messages kept meanwhile. */
export function startKeeper(startRead: Promise<StartRead>, waiting: readonly ToSearchWorker[]): void {
  // Dexie opens its own connection meanwhile: the first answer reads the bodies of its documents through it.
  db.open().catch(() => undefined); // a failure is met and reported by the first read
  const keeper = createIndexKeeper(
    db,
    (message: FromSearchWorker) => self.postMessage(message),
    undefined,
    startRead.catch(() => readStart(db)),
  );
  self.onmessage = (event: MessageEvent<ToSearchWorker>) => keeper.receive(event.data);
  for (const message of waiting) keeper.receive(message);
}
