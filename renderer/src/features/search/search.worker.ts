/** The search worker: the index keeper (index-keeper.ts) over the app's database, answering by postMessage. */
import { db } from '../../data/db';
import { createIndexKeeper } from './index-keeper';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';
import { markStartPhase } from './search-timing';

markStartPhase('worker-started');

const keeper = createIndexKeeper(db, (message: FromSearchWorker) => self.postMessage(message));

self.onmessage = (event: MessageEvent<ToSearchWorker>) => keeper.receive(event.data);
