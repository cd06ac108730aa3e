import type { Plugin } from 'vite';

/**
 * The page's entry (src/boot.ts) only starts the search worker and then imports the app
 * (src/main.tsx), a megabyte chunk of its own. So that the app's chunk is not fetched only once
 * the entry has run, the built index.html asks for it at once with a `<link rel="modulepreload">`
 * (a script of our own origin: the CSP's script-src 'self' covers it, nothing inline).
 */
export function preloadAppPlugin(appModule = '/src/main.tsx'): Plugin {
  return {
    name: 'qiraa-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const app = Object.values(ctx.bundle ?? {}).find((output) => output.type === 'chunk' && output.isDynamicEntry && output.facadeModuleId?.replaceAll('\\', '/').endsWith(appModule));
        if (!app) throw new Error(`preload-app: no chunk of its own for ${appModule} (is it still imported dynamically by the entry?)`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
