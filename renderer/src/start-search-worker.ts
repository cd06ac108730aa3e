/**
 * Starts the search worker as the page's script begins to run (main.tsx imports this before the
 * app's modules, which are run in import order): the worker's script loads and its saved index is
 * read while the app's modules run and React draws, instead of after the corpus has loaded. The
 * app's search hook takes the worker over (`search-worker-client.ts`).
 */
import { startSearchWorker } from './features/search/search-worker-client';

startSearchWorker();
