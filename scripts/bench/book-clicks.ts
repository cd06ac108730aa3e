/**
 * The colour-click part of the book benchmark alone (BOOK_BENCH_ONLY=click, see book.ts): both
 * builds get the 10 MB book and its 2,000 highlights, open it side by side in one browser, and their
 * clicks are timed in alternating rounds, so load on the machine falls on both alike. Each round
 * opens the book again and clicks as soon as its highlights list shows, as the full bench does:
 * this bench used to wait 3 s after opening, which hid the clicks a user makes right after
 * opening (while the list's later batches were still unlaid, the whole list was laid out in the
 * click's frame: the full bench's 50-80 ms p90 against 19-25 ms here before 2026-11-26).
 * BOOK_BENCH_PROFILE=1 also records a Chromium trace and CPU profile over a few clicks of each
 * build and prints where the time went (main-thread trace events, JavaScript by function).
 */
import type { Browser, Page } from '@playwright/test';
import { serveFolder } from '../static-server.mjs';
import { importText, median, percentile, round, seedHighlights, timeColourClick, timeOpen } from './book-page';
import { profileClicks } from './book-profile';
import { defineNameHelper } from './page-names';

const ROUNDS = 6;
const CLICKS_PER_ROUND = 5;
const PROFILED_CLICKS = 8;

export interface ClickSite {
  name: string;
  folder: string;
}

interface OpenSite {
  name: string;
  page: Page;
  /** Opens the book again (from another document) and waits for its highlights list. */
  reopen: () => Promise<void>;
  clicks: number[];
  close: () => Promise<void>;
}

/** Imports the book into the site, seeds the highlights and opens the book with its list drawn. */
export async function openBook(browser: Browser, site: ClickSite, book: string, bookTitle: string, highlights: number, startDocId: string): Promise<OpenSite> {
  const server = await serveFolder(site.folder);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await defineNameHelper(page);
  await page.goto(server.url);
  await page.locator('[data-testid="library-item"]').first().waitFor();
  const bookId = await importText(page, 'كتاب.txt', book, bookTitle);
  await seedHighlights(page, bookId, book, highlights, startDocId);
  await page.reload();
  await page.locator('[data-testid="library-item"]').first().waitFor({ timeout: 120_000 });
  const reopen = async () => {
    await timeOpen(page, startDocId);
    await timeOpen(page, bookId);
    await page.locator('[data-testid="highlight-item"]').first().waitFor({ state: 'attached', timeout: 120_000 });
  };
  await reopen();
  return {
    name: site.name,
    page,
    reopen,
    clicks: [],
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Colour-click figures for each site, measured in alternating rounds. */
export async function benchClicks(browser: Browser, sites: ClickSite[], book: string, bookTitle: string, highlights: number, startDocId: string, profile: boolean): Promise<Record<string, number | string>> {
  const open: OpenSite[] = [];
  try {
    for (const site of sites) {
      console.error(`book bench (clicks): importing into ${site.name}`);
      open.push(await openBook(browser, site, book, bookTitle, highlights, startDocId));
    }
    let run = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const site of open) {
        await site.page.bringToFront();
        await site.reopen();
        for (let i = 0; i < CLICKS_PER_ROUND; i++) site.clicks.push(await timeColourClick(site.page, run + i));
      }
      run += CLICKS_PER_ROUND;
    }
    const figures: Record<string, number | string> = {};
    for (const site of open) {
      figures[`colour click → next frame, median (ms), ${site.name}`] = round(median(site.clicks));
      figures[`colour click → next frame, p90 (ms), ${site.name}`] = round(percentile(site.clicks, 0.9));
      console.error(`${site.name}: ${site.clicks.map(round).join(' ')}`);
    }
    if (profile) {
      for (const site of open) {
        await site.page.bringToFront();
        console.error(`\nprofile of ${PROFILED_CLICKS} clicks, ${site.name}:`);
        console.error((await profileClicks(site.page, run, PROFILED_CLICKS, 400)).report);
      }
    }
    return figures;
  } finally {
    for (const site of open) await site.close();
  }
}
