import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspPlugin } from './renderer/csp-plugin';
import { preloadAppPlugin } from './renderer/preload-app-plugin';
import { seedFilesPlugin } from './renderer/seed-files-plugin';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const seeds = fileURLToPath(new URL('./seeds', import.meta.url));

/** The renderer as a plain static site: same code, with the browser implementation of window.api. */
export default defineConfig({
  root,
  base: './',
  mode: 'web',
  plugins: [cspPlugin(), preloadAppPlugin(), seedFilesPlugin(seeds)],
  build: {
    // WEB_OUT_DIR lets several builds (parallel test runs, benchmarks) live side by side.
    outDir: process.env.WEB_OUT_DIR ? resolve(process.env.WEB_OUT_DIR) : fileURLToPath(new URL('./out/web', import.meta.url)),
    emptyOutDir: true,
    // Seed files must stay separate assets so the browser API fetches their bytes like main reads them.
    assetsInlineLimit: 0,
  },
  // ES module workers, so the search worker's first script can load the rest of it as a chunk of its own.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
