/**
 * The page's entry (index.html): starts the search worker, then loads the app (`main.tsx`). The
 * app's bundle is a megabyte the browser takes a while to fetch and compile; the worker's script
 * loads and its saved index is read meanwhile instead of after, so a search typed as soon as the
 * field shows is answered sooner.
 */
import { startSearchWorker } from './features/search/search-worker-client';

startSearchWorker();
void import('./main');
