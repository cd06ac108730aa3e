/**
 * Starts the search worker as the page's entry begins to run (boot.ts imports this before it
 * imports the app): the worker's script loads and its saved index is read while the app's chunk
 * is compiled and run and React draws, instead of after the corpus has loaded. The app's search
 * hook takes the worker over (`search-worker-client.ts`).
 */
import { startSearchWorker } from './features/search/search-worker-client';

startSearchWorker();
