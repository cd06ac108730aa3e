/**
 * Select-all then H in a 2 MB book (issue #11): the whole text becomes one highlight. Times, in
 * the page, from the key to the highlight drawn (its first box in the DOM and a frame after), to
 * the row stored in IndexedDB, and the longest main-thread task in between (long-task observer),
 * then reloads and times until the stored highlight is drawn again.
 *
 *   WEB_OUT_DIR=/tmp/web-X npm run build:web
 *   npx tsx scripts/bench/select-all-highlight.ts /tmp/web-X [/tmp/web-Y ...]
 *
 * Each build folder is measured once, in order, in one browser; load on the machine counts.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { serveFolder } from '../static-server.mjs';
import { bookLines, corpusSentences } from './book-text';
import { importText, round } from './book-page';
import { defineNameHelper } from './page-names';

const BYTES = 2_000_000;
/** SELECT_ALL_PROFILE=1: also prints the JavaScript functions that took the most time (self time, CPU profile). */
const PROFILE = process.env['SELECT_ALL_PROFILE'] === '1';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  for (const [name, ms] of top) console.log(`  ${round(ms)} ms  ${name}`);
}
const TITLE_LINE = 0;

async function timeSelectAllH(page: Page): Promise<{ drawn: number; stored: number; longestTask: number; tasksOver50: number }> {
  await page.locator('.reader-scroll').click({ position: { x: 200, y: 200 } });
  await page.keyboard.press('Control+a');
  await page.locator('[data-testid="selection-toolbar"]').waitFor();
  const timing = page.evaluate(
    () =>
      new Promise<{ drawn: number; longestTask: number; tasksOver50: number; t0: number }>((resolve) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
        observer.observe({ type: 'longtask' });
        const reader = document.querySelector('[data-testid="reader"]')!;
        const t0 = performance.now();
        const check = () => {
          if (reader.querySelector('[data-testid="reader-body"] [data-testid="highlight"]')) {
            requestAnimationFrame(() =>
              setTimeout(() => {
                const drawn = performance.now() - t0;
                // Long tasks until things settle (the write and what it wakes).
                setTimeout(() => {
                  observer.disconnect();
                  resolve({ drawn, t0, longestTask: Math.max(0, ...tasks), tasksOver50: tasks.length });
                }, 3000);
              }),
            );
          } else requestAnimationFrame(check);
        };
        (window as unknown as { __benchT0: number }).__benchT0 = t0;
        check();
      }),
  );
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.keyboard.press('h');
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = (window as unknown as { __benchT0: number }).__benchT0;
        const poll = () => {
          const request = indexedDB.open('qiraa');
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('highlights').objectStore('highlights').count();
            count.onsuccess = () => {
              db.close();
              if (count.result > 0) resolve(performance.now() - t0);
              else setTimeout(poll, 10);
            };
          };
        };
        poll();
      }),
  );
  const { drawn, longestTask, tasksOver50 } = await timing;
  if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
  return { drawn: round(drawn), stored: round(stored), longestTask: round(longestTask), tasksOver50 };
}

async function timeReopen(page: Page): Promise<number> {
  await page.reload();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelector('[data-testid="reader-body"] [data-testid="highlight"]')) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

async function main(): Promise<void> {
  const folders = process.argv.slice(2);
  const book = `${bookLines(corpusSentences(), { bytes: BYTES }).join('\n')}\n`;
  const title = book.split('\n')[TITLE_LINE]!;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    for (const folder of folders) {
      const server = await serveFolder(folder);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await defineNameHelper(page);
      await page.goto(server.url);
      await page.locator('[data-testid="library-item"]').first().waitFor();
      const id = await importText(page, 'كتاب.txt', book, title);
      await page.locator(`[data-testid="library-item"][data-doc-id="${id}"]`).click();
      await page.locator('[data-testid="reader-body"] [data-start]').first().waitFor();
      await page.waitForTimeout(1500);
      const figures = await timeSelectAllH(page);
      const reopened = round(await timeReopen(page));
      console.log(JSON.stringify({ build: folder, textChars: book.length, ...figures, reloadToHighlightDrawnMs: reopened }));
      await context.close();
      await server.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
