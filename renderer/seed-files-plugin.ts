/**
 * The bundled seeds for the web build, as the virtual module `virtual:seed-files`: an array of
 * `{ fileName, url }` in name order. A seed whose name is not plain ASCII is emitted as
 * `seed-<hash>.txt`, so one called `a#b?.txt` or `"quoted".txt` still gets a URL that works; its
 * real name travels beside the URL. (import.meta.glob cannot do this: it turns each file name
 * into an import specifier, where `#` and `?` start a fragment or a query.)
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { isCorpusFileName } from '../main/corpus-loader';

export const SEED_FILES_MODULE = 'virtual:seed-files';
const RESOLVED_ID = `\0${SEED_FILES_MODULE}`;
const SAFE_ASSET_NAME = /^[\w-]+\.txt$/;

export interface SeedFile {
  /** The seed's own file name, e.g. `000_14e37202ef5eb1ed.txt`. */
  fileName: string;
  /** Where the page fetches its bytes. */
  url: string;
}

/** The corpus files directly in `seedsDir`, picked and sorted as main's corpus loader does. */
async function seedNames(seedsDir: string): Promise<string[]> {
  return (await readdir(seedsDir)).filter(isCorpusFileName).sort();
}

const DEV_PREFIX = '/@seed-files/';

/** Where the dev server serves a seed: its whole name in one percent-encoded segment. */
export function devSeedUrl(fileName: string): string {
  return `${DEV_PREFIX}${encodeURIComponent(fileName)}`;
}

/** The seed name a dev server request asks for, or null (Vite's own /@fs/ uses decodeURI, which leaves %23 and %3F). */
export function seedNameOfDevUrl(url: string): string | null {
  if (!url.startsWith(DEV_PREFIX)) return null;
  try {
    return decodeURIComponent(url.slice(DEV_PREFIX.length));
  } catch {
    return null;
  }
}

export function seedFilesPlugin(seedsDir: string): Plugin {
  let serving = false;
  return {
    name: 'qiraa-seed-files',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === SEED_FILES_MODULE ? RESOLVED_ID : null;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = seedNameOfDevUrl(request.url ?? '');
        if (name === null) return next();
        // Only a name the listing holds, so the URL can never reach another file.
        seedNames(seedsDir)
          .then(async (names) => {
            if (!names.includes(name)) {
              response.statusCode = 404;
              response.end();
              return;
            }
            response.setHeader('Content-Type', 'text/plain');
            response.end(await readFile(path.join(seedsDir, name)));
          })
          .catch(next);
      });
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(seedsDir);
      const entries: string[] = [];
      for (const fileName of await seedNames(seedsDir)) {
        const filePath = path.join(seedsDir, fileName);
        let url: string;
        if (serving) {
          url = JSON.stringify(devSeedUrl(fileName));
        } else {
          const name = SAFE_ASSET_NAME.test(fileName) ? fileName : 'seed.txt';
          const ref = this.emitFile({ type: 'asset', name, source: await readFile(filePath) });
          url = `import.meta.ROLLUP_FILE_URL_${ref}`;
        }
        entries.push(`{ fileName: ${JSON.stringify(fileName)}, url: ${url} }`);
      }
      return `export default [\n${entries.join(',\n')}\n];\n`;
    },
  };
}
