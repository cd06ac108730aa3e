/** Node-side helpers of the library bench: a page with the probe installed, and the timings both builds share. */
import type { Browser, Page } from '@playwright/test';
import { installLibraryProbe, type LibraryProbe, type ProbeOptions } from './library-probe';
import { defineNameHelper } from './page-names';

export type Figure = number | string;

export interface LibraryFigures {
  startup: Figure;
  startupClick: Figure;
  startupLongestTask: Figure;
  open: Figure;
  importSeconds: Figure;
  importLongestTask: Figure;
  filter: Figure;
}

/** Thrown for a figure that cannot be taken; the message is shown instead of the figure. */
export class NotMeasured extends Error {}

export const notMeasured = (error: unknown): string =>
  `not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const round = (n: number, digits = 0) => Number(n.toFixed(digits));

/** A page in a fresh browser context (so a fresh IndexedDB) with the probe installed. */
export async function openBenchPage(browser: Browser, options: ProbeOptions): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await defineNameHelper(page);
  await page.addInitScript(installLibraryProbe, options);
  return page;
}

export interface StartupRun {
  /** Navigation start → library listed and the reader's text painted. */
  readyMs: number;
  /** Navigation start → a click on another document, made as soon as the library was ready, answered. */
  answeredMs: number;
  longestTaskMs: number;
  /** Library items, and entries for files that could not be loaded, when start-up was done. */
  listed: number;
  failed: number;
}

/** Loads the page (`load` navigates with waitUntil 'commit') and waits for the probe's start-up timings. */
export async function timeStartup(page: Page, load: () => Promise<unknown>, timeoutMs = 60_000): Promise<StartupRun> {
  await load();
  await page.waitForFunction(
    () => {
      const startup = (window as unknown as { __libraryBench?: LibraryProbe }).__libraryBench?.startup;
      return startup !== undefined && (startup.answeredAt !== undefined || startup.error !== undefined);
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => {
    const probe = (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench;
    const { readyAt = NaN, answeredAt = NaN, listed = NaN, failed = NaN, error } = probe.startup;
    if (error) throw new Error(error);
    const before = probe.longTasks.filter((task) => task.start < readyAt).map((task) => task.duration);
    return { readyMs: readyAt, answeredMs: answeredAt, longestTaskMs: Math.max(0, ...before), listed, failed };
  });
}

type StartupFigures = Pick<LibraryFigures, 'startup' | 'startupClick' | 'startupLongestTask'> & { listed: number; failed: number };

/** Start-up figures (medians) from several loads: the first navigates, the others reload. */
export async function startupFigures(page: Page, url: string, runs: number, timeoutMs?: number): Promise<StartupFigures> {
  const results: StartupRun[] = [];
  for (let run = 0; run < runs; run++) {
    const load = run === 0 && page.url() !== url ? () => page.goto(url, { waitUntil: 'commit' }) : () => page.reload({ waitUntil: 'commit' });
    results.push(await timeStartup(page, load, timeoutMs));
    await page.waitForTimeout(300);
  }
  return {
    startup: round(median(results.map((r) => r.readyMs))),
    startupClick: round(median(results.map((r) => r.answeredMs))),
    startupLongestTask: round(median(results.map((r) => r.longestTaskMs))),
    listed: median(results.map((r) => r.listed)),
    failed: median(results.map((r) => r.failed)),
  };
}

/** Clicks documents on screen one after another (never `avoid`), returning the median ms to their text. */
export async function openFigure(page: Page, avoid: string[], runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const candidates = await page.evaluate((ids) => (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench.visibleItems(ids), avoid);
    const docId = candidates[run % Math.max(1, candidates.length)];
    if (docId === undefined) throw new NotMeasured('no document on screen to open');
    times.push(await page.evaluate((id) => (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench.open(id), docId));
    // Let the opened document's own loading (highlights, position) finish, as a reader would.
    await page.waitForTimeout(250);
  }
  return round(median(times), 1);
}
