import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { cspPlugin } from './renderer/csp-plugin';
import { preloadAppPlugin } from './renderer/preload-app-plugin';

const __dirname = fileURLToPath(new URL('.', import.meta.url));

// Custom roots (main/, preload/, renderer/ at the top level) need explicit entries.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle zod into main: nothing from node_modules has to be shipped or loaded from the asar.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [cspPlugin(), preloadAppPlugin()],
    // A fixed origin: the notebook lives in this origin's IndexedDB, so it must not move ports.
    server: { host: 'localhost', port: 5174, strictPort: true },
    // ES module workers, so the search worker's first script can load the rest of it as a chunk of its own.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
