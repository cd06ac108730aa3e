/**
 * The page's entry: starts the search worker, then runs the app (main.tsx). The app's chunk is a
 * megabyte to fetch, compile and run before its first line, so started from here the worker's
 * script loads and its saved index is read meanwhile, instead of after it. The built index.html
 * preloads the app's chunk (preload-app-plugin.ts), so it is fetched at once all the same.
 */
import './start-search-worker';

void import('./main');
