/**
 * Part b of the library bench: the working tree's web build. The articles are imported through
 * the UI (`import-files`, `import-progress`), then start-up, opening a document and the library
 * filter are timed. Each figure the build cannot give yet reads "not measured: <reason>".
 */
import type { Browser, Locator, Page } from '@playwright/test';
import type { WebBuild } from './library-builds';
import { median, NotMeasured, notMeasured, openBenchPage, openFigure, round, startupFigures, type Figure, type LibraryFigures } from './library-page';
import type { ImportOutcome, LibraryProbe } from './library-probe';
import type { BuildResult } from './library-today';
import { serveFolder } from '../static-server.mjs';

const IMPORT_TIMEOUT_MS = 180_000;
const FILTER = '[data-testid="library-filter"]';

/** The `<input type="file">` of a hook that is one or holds one. */
async function fileInputOf(hook: Locator): Promise<Locator> {
  const isInput = await hook.evaluate((el) => el instanceof HTMLInputElement && el.type === 'file');
  return isInput ? hook : hook.locator('input[type="file"]').first();
}

interface ImportTiming extends ImportOutcome {
  longestTaskMs: number;
  longTasks: number;
  /** The part of long tasks over 50 ms, summed: Total Blocking Time over the import. */
  blockingMs: number;
}

async function importFiles(page: Page, paths: readonly string[]): Promise<ImportTiming> {
  const hook = page.getByTestId('import-files').first();
  if ((await hook.count()) === 0) throw new NotMeasured('no [data-testid="import-files"] in the web build yet (the import UI has not landed)');
  await (await fileInputOf(hook)).setInputFiles([...paths]);
  const outcome = await page.evaluate(
    ([expected, timeoutMs]) => (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench.waitImport(expected, timeoutMs),
    [paths.length, IMPORT_TIMEOUT_MS] as const,
  );
  const { startedAt = NaN, doneAt = NaN } = outcome;
  const durations = await page.evaluate(
    ([from, to]) =>
      (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench.longTasks
        .filter((task) => task.start + task.duration >= from && task.start <= to)
        .map((task) => task.duration),
    [startedAt, doneAt] as const,
  );
  return {
    ...outcome,
    longestTaskMs: Math.max(0, ...durations),
    longTasks: durations.length,
    blockingMs: durations.reduce((sum, d) => sum + d - 50, 0),
  };
}

/**
 * A word to type into the filter letter by letter, then delete: one whose every prefix from the
 * second letter on matches fewer titles, so that each keystroke changes the list.
 */
export function chooseFilterWord(titles: readonly string[]): string {
  const matches = (query: string) => titles.filter((title) => title.includes(query)).length;
  const words = [...new Set(titles.flatMap((title) => title.split(/\s+/)))].filter((w) => /^\p{L}{5,7}$/u.test(w)).sort();
  const fits = (word: string) => {
    const counts = [...word].map((_, i) => matches(word.slice(0, i + 1)));
    return counts.slice(1).every((count, i) => count < counts[i]!) && counts.at(-1)! >= 3 && counts.at(-1)! <= 100;
  };
  return words.find(fits) ?? 'ليبيا';
}

/** Types `word` and deletes it again, one keystroke at a time, timing each until the list is redrawn. */
async function timeFilter(page: Page, word: string): Promise<{ ms: number; redrawn: boolean }[]> {
  const hook = page.locator(FILTER).first();
  if ((await hook.count()) === 0) throw new NotMeasured(`no ${FILTER} in the web build yet`);
  const field = (await hook.evaluate((el) => el instanceof HTMLInputElement)) ? hook : hook.locator('input').first();
  await field.click();
  await field.fill('');
  await page.waitForTimeout(500);
  const keys = [...[...word], ...[...word].map(() => 'Backspace')];
  const results: { ms: number; redrawn: boolean }[] = [];
  for (const key of keys) {
    await page.evaluate((selector) => (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench.armKeystroke(selector), FILTER);
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    const result = await page.evaluate(() => (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench.keystrokeResult());
    results.push(result);
    // A brisk typist's pace; every keystroke is measured on its own.
    await page.waitForTimeout(200);
  }
  return results;
}

export async function measureNew(
  browser: Browser,
  build: WebBuild,
  importPaths: readonly string[],
  filterWord: string,
  bundledIds: string[],
  runs: { startup: number; open: number },
): Promise<BuildResult> {
  const notes: Record<string, Figure> = {};
  const all = (reason: string): LibraryFigures => ({
    startup: reason, startupClick: reason, startupLongestTask: reason, open: reason, importSeconds: reason, importLongestTask: reason, filter: reason,
  });
  if ('error' in build) return { figures: all(notMeasured(build.error)), notes };
  notes['web build'] = build.rebuilt ? 'rebuilt (older than its sources)' : 'out/web, up to date';

  const server = await serveFolder(build.site);
  const page = await openBenchPage(browser, { minItems: 1, avoidIds: bundledIds });
  try {
    const figures = all('not measured');
    try {
      // The first load, with the bundled documents only, creates the database.
      await startupFigures(page, server.url, 1);
      const outcome = await importFiles(page, importPaths);
      notes['documents stored / files not imported'] = `${outcome.storedDocuments ?? '?'} / ${outcome.failures}`;
      notes['import progress at the end'] = outcome.progressText.slice(0, 100);
      if (!outcome.ok) throw new NotMeasured(`import ${outcome.reason}`);
      figures.importSeconds = round(((outcome.doneAt ?? NaN) - (outcome.startedAt ?? NaN)) / 1000, 1);
      figures.importLongestTask = round(outcome.longestTaskMs);
      notes['long tasks during the import (count / total blocking ms)'] = `${outcome.longTasks} / ${round(outcome.blockingMs)}`;
    } catch (error) {
      return { figures: all(notMeasured(error)), notes };
    }
    try {
      const { listed, failed, ...startup } = await startupFigures(page, server.url, runs.startup);
      Object.assign(figures, startup);
      notes['start-up: library items in the DOM / entries for files not loaded (median)'] = `${listed} / ${failed}`;
    } catch (error) {
      figures.startup = figures.startupClick = figures.startupLongestTask = notMeasured(error);
    }
    try {
      figures.open = await openFigure(page, bundledIds, runs.open);
    } catch (error) {
      figures.open = notMeasured(error);
    }
    try {
      const results = await timeFilter(page, filterWord);
      const times = results.filter((r) => r.redrawn).map((r) => r.ms);
      // "–": that keystroke left the list on screen as it was.
      notes[`filter: typing and deleting "${filterWord}", each keystroke (ms)`] = results.map((r) => (r.redrawn ? round(r.ms) : '–')).join(' ');
      figures.filter = times.length > 0 ? round(median(times), 1) : 'not measured: no keystroke changed the list';
    } catch (error) {
      figures.filter = notMeasured(error);
    }
    return { figures, notes };
  } finally {
    await page.context().close();
    await server.close();
  }
}
