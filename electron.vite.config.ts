import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { cspPlugin } from './renderer/csp-plugin';

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
    plugins: [cspPlugin()],
    // A fixed origin: the notebook lives in this origin's IndexedDB, so it must not move ports.
    server: { host: 'localhost', port: 5174, strictPort: true },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
