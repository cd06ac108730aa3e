/**
 * The two web builds the library bench compares: today's code (the baseline commit, built in a
 * temp folder with the generated articles as extra seed files) and the working tree's out/web.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeArticles, type GeneratedArticle } from './generate-articles';

/**
 * The last commit before the "own library" work started: what "today" means in the figures.
 * Its web build lists the bundled corpus by fetching and parsing every seed file at start-up.
 */
export const BASELINE_COMMIT = '57ab4e7';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Extracts the baseline commit's tree into `folder`, adds `articles` (UTF-8 .txt) to its seeds,
 * builds its web version and returns the built site's folder and the build's duration.
 */
export function buildBaseline(folder: string, articles: readonly GeneratedArticle[]): { site: string; buildMs: number } {
  execSync(`git -C ${JSON.stringify(root)} archive --format=tar ${BASELINE_COMMIT} | tar -x -C ${JSON.stringify(folder)}`, { stdio: 'pipe' });
  // The baseline's dependencies are a subset of today's; a link saves an install.
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
  writeArticles(join(folder, 'seeds'), articles);
  const start = performance.now();
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error'], { cwd: folder, stdio: 'pipe' });
  return { site: join(folder, 'out', 'web'), buildMs: performance.now() - start };
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const WEB_SOURCES = ['renderer', 'preload', 'seeds', 'vite.web.config.ts', 'package.json'];

export type WebBuild = { site: string; rebuilt: boolean } | { error: string };

/**
 * The working tree's web build (out/web), rebuilt with `npm run build:web` when it is missing or
 * older than its sources. Returns an error message instead when the build fails (the tree may be
 * half-way through someone's change).
 */

export function currentWebBuild(): WebBuild {
  const site = join(root, 'out', 'web');
  const index = join(site, 'index.html');
  const sourcesChanged = Math.max(...WEB_SOURCES.map((path) => newestChange(join(root, path))));
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesChanged) return { site, rebuilt: false };
  try {
    execFileSync('npm', ['run', 'build:web', '--', '--logLevel', 'error'], { cwd: root, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { site, rebuilt: true };
  } catch (error) {
    // eslint-disable-next-line no-control-regex
    const lines = String((error as { stderr?: Buffer }).stderr ?? error).replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    const cause = lines.find((line) => /\[[A-Z_]+\]|Error:/.test(line)) ?? lines.find((line) => line.trim() !== '') ?? '';
    return { error: `npm run build:web failed: ${cause.trim()}` };
  }
}
