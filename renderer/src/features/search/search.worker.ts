/**
 * The search worker's first script: it starts reading what the start needs (`read-start-direct.ts`,
 * IndexedDB's own API) and then loads the rest of the worker (`search-worker-main.ts`: Dexie,
 * MiniSearch and the index keeper, most of the worker's code), so the read runs while that is
 * fetched and compiled. Messages from the app that arrive meanwhile are kept and handed over.
 */
import { readStartDirect } from './read-start-direct';
import type { ToSearchWorker } from './search-messages';
import { markStartPhase } from './search-timing';

markStartPhase('worker-started');

const startRead = readStartDirect();
startRead.catch(() => undefined); // the keeper reads through Dexie instead

const waiting: ToSearchWorker[] = [];
self.onmessage = (event: MessageEvent<ToSearchWorker>) => waiting.push(event.data);

void import('./search-worker-main').then(({ startKeeper }) => startKeeper(startRead, waiting));
