/**
 * Part a of the library bench: today's code (the baseline commit) with the generated articles
 * added to its bundled seeds, the only way it can hold 2,000 documents. It has no import and no
 * filter; its start-up fetches and parses every seed file.
 */
import type { Browser } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedArticle } from './generate-articles';
import { buildBaseline } from './library-builds';
import { notMeasured, openBenchPage, openFigure, round, startupFigures, type Figure, type LibraryFigures } from './library-page';
import { serveFolder } from '../static-server.mjs';

export interface BuildResult {
  figures: LibraryFigures;
  notes: Record<string, Figure>;
}

export async function measureToday(
  browser: Browser,
  work: string,
  articles: readonly GeneratedArticle[],
  bundledIds: string[],
  runs: { startup: number; open: number },
): Promise<BuildResult> {
  const figures: LibraryFigures = {
    startup: 'not measured',
    startupClick: 'not measured',
    startupLongestTask: 'not measured',
    open: 'not measured',
    importSeconds: 'n/a (no import)',
    importLongestTask: 'n/a (no import)',
    filter: 'n/a (no filter)',
  };
  const notes: Record<string, Figure> = {};
  let site: string;
  try {
    const folder = join(work, 'baseline');
    mkdirSync(folder);
    const build = buildBaseline(folder, articles);
    site = build.site;
    notes['build with the articles as seeds (s)'] = round(build.buildMs / 1000, 1);
  } catch (error) {
    const reason = notMeasured(error);
    return { figures: { ...figures, startup: reason, startupClick: reason, startupLongestTask: reason, open: reason }, notes };
  }

  const server = await serveFolder(site);
  const page = await openBenchPage(browser, { minItems: bundledIds.length + articles.length, avoidIds: bundledIds });
  // With thousands of seed files today's build fetches them all at once, and Chromium refuses some.
  const fetchFailures = new Map<string, number>();
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    fetchFailures.set(reason, (fetchFailures.get(reason) ?? 0) + 1);
  });
  try {
    try {
      const { listed, failed, ...startup } = await startupFigures(page, server.url, runs.startup);
      Object.assign(figures, startup);
      notes['start-up: documents listed / seed files not loaded (median)'] = `${listed} / ${failed}`;
    } catch (error) {
      figures.startup = figures.startupClick = figures.startupLongestTask = notMeasured(error);
    }
    try {
      figures.open = await openFigure(page, bundledIds, runs.open);
    } catch (error) {
      figures.open = notMeasured(error);
    }
    notes['failed seed fetches, all start-ups'] = [...fetchFailures].map(([reason, n]) => `${n} × ${reason}`).join(', ') || 0;
  } finally {
    await page.context().close();
    await server.close();
  }
  return { figures, notes };
}
