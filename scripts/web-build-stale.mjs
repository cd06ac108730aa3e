// Whether the web build is older than what it is built from, so `npm run web` never serves a stale
// build after a code change. Plain Node (no dependencies), shared by serve-web.mjs and its test.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the web build is made from, relative to the repository root. */
export const WEB_SOURCES = ['renderer', 'seeds', 'assets', 'vite.web.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

const SKIPPED = new Set(['node_modules', '.git']);

/** The latest modification time (ms) of `path`, or of any file under it; 0 when it does not exist. */
export function newestMtime(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/**
 * Why the build in `outDir` must be made (again), or null when it is up to date: it has no
 * index.html, or a source under `root` changed after it was written.
 */
export function staleReason(root, outDir, sources = WEB_SOURCES) {
  const built = newestMtime(join(outDir, 'index.html'));
  if (built === 0) return 'No web build yet';
  for (const source of sources) {
    if (newestMtime(join(root, source)) > built) return `The web build is older than ${source}`;
  }
  return null;
}
