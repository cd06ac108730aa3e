/**
 * The "own library" figures: 2,000 generated articles (~13 MB) beside the five bundled ones,
 * measured in Chromium on today's code (the baseline commit, the articles built in as seeds) and
 * on the working tree's web build (the articles imported through the UI), in the same run.
 *
 *   npx tsx scripts/bench/library.ts     (alone; `npm run bench` runs it with the others)
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { corpusMaterial, generateArticles, readSeedTexts, writeArticles } from './generate-articles';
import { BASELINE_COMMIT, currentWebBuild } from './library-builds';
import { chooseFilterWord, measureNew } from './library-new';
import { round, type Figure, type LibraryFigures } from './library-page';
import { measureToday } from './library-today';

const ARTICLES = 2000;
const RUNS = { startup: 3, open: 9 };

const LABELS: Record<keyof LibraryFigures, string> = {
  startup: 'start-up → library listed + document shown, median (ms; target < 1000)',
  startupClick: 'start-up → first click on another document answered, median (ms)',
  startupLongestTask: 'longest main-thread task during start-up, median (ms)',
  open: 'open a document: click → its text painted, median (ms; target < 100)',
  importSeconds: 'import 2,000 files: choosing them → done (s; target < 60)',
  importLongestTask: 'longest main-thread task during the import (ms)',
  filter: 'filter keystroke → list redrawn, median (ms; target < 50)',
};

const bundledIds = () =>
  readdirSync(fileURLToPath(new URL('../../seeds/', import.meta.url)))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.replace(/\.txt$/, ''))
    .sort();

export async function benchLibrary(): Promise<Record<string, Figure>> {
  const work = mkdtempSync(join(tmpdir(), 'qiraa-bench-library-'));
  try {
    const material = corpusMaterial(readSeedTexts());
    const articles = generateArticles(material, { count: ARTICLES });
    const plainText = generateArticles(material, { count: ARTICLES, plainTextOnly: true });
    const importPaths = writeArticles(join(work, 'import'), articles);
    const count = (test: (a: (typeof articles)[number]) => boolean) => articles.filter(test).length;
    const megabytes = (list: typeof articles) => round(list.reduce((sum, a) => sum + a.bytes.length, 0) / 1e6, 1);
    const filterWord = chooseFilterWord(articles.map((a) => a.content.title));

    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    try {
      const today = await measureToday(browser, work, plainText, bundledIds(), RUNS);
      const now = await measureNew(browser, currentWebBuild(), importPaths, filterWord, bundledIds(), RUNS);
      const figures: Record<string, Figure> = {
        'articles imported (files / MB)': `${articles.length} / ${megabytes(articles)}`,
        'of which .txt / .md / .html / windows-1256': ['txt', 'md', 'html'].map((f) => count((a) => a.format === f)).join(' / ') + ` / ${count((a) => a.encoding === 'windows-1256')}`,
        [`today (${BASELINE_COMMIT}): the same articles as UTF-8 .txt seeds (files / MB)`]: `${plainText.length} / ${megabytes(plainText)}`,
      };
      for (const [name, value] of Object.entries(today.notes)) figures[`today: ${name}`] = value;
      for (const [name, value] of Object.entries(now.notes)) figures[`new: ${name}`] = value;
      for (const key of Object.keys(LABELS) as (keyof LibraryFigures)[]) {
        figures[`${LABELS[key]}, today`] = today.figures[key];
        figures[`${LABELS[key]}, new`] = now.figures[key];
      }
      return figures;
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchLibrary();
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(width)}  ${value}`);
}
