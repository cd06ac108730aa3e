/**
 * What the book benchmark measures in one web build's page: opening, colour clicks, jumping to a
 * search result, DOM size and scrolling. Each function drives the page as a user would and reads
 * the time inside the page (performance.now), so the figures do not include Playwright's overhead.
 */
import type { Page } from '@playwright/test';
import { putRows } from '../../e2e/actions';
import { makeBenchHighlights } from '../../renderer/src/core/anchoring/bench-fixture';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
export const round = (n: number) => Math.round(n * 10) / 10;

/** Imports one text file through the import button and returns the new document's id. */
export async function importText(page: Page, name: string, text: string, title: string): Promise<string> {
  await page.locator('[data-testid="import-files"] input[type="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  const item = page.locator('[data-testid="library-item"]', { hasText: title });
  await item.first().waitFor({ timeout: 600_000 });
  // The import is done once its report says so (the list shows the document a little earlier).
  await page.waitForFunction(() => !document.querySelector('[data-testid="import-progress"]')?.textContent?.includes('…'), undefined, { timeout: 600_000 }).catch(() => {});
  return (await item.first().getAttribute('data-doc-id')) ?? '';
}

/** Stores `count` highlights spread over the document straight into IndexedDB, and which document opens at start-up. */
export async function seedHighlights(page: Page, docId: string, text: string, count: number, startDocId: string): Promise<void> {
  const rows = makeBenchHighlights(text, count).map((h, i) => ({
    id: `bench-${i}`,
    docId,
    color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5],
    style: 'highlight',
    tags: [],
    selectors: h.selectors,
    sortIndex: h.selectors.position.start,
    createdAt: i,
    modifiedAt: i,
  }));
  await putRows(page, { highlights: rows, settings: [{ key: 'lastDocumentId', value: startDocId }] });
}

/** Clicks a document in the library; ms until its first text is painted (a frame and a task after it is in the DOM). */
export async function timeOpen(page: Page, docId: string): Promise<number> {
  const item = page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`);
  await item.scrollIntoViewIfNeeded();
  return item.evaluate(
    (element, id) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const check = () => {
          const reader = document.querySelector('[data-testid="reader"]');
          if (reader?.getAttribute('data-doc-id') === id && reader.querySelector('[data-testid="reader-body"] [data-start]')) {
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          } else if (performance.now() - start > 120_000) resolve(NaN);
          else requestAnimationFrame(check);
        };
        (element as HTMLElement).click();
        check();
      }),
    docId,
  );
}

/** Elements inside the reading view now. */
export const readerElements = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-testid="reader"] *').length);

/** Selects a passage in the text on screen, clicks a colour, and times until the new box is in the DOM and a frame has run. */
export async function timeColourClick(page: Page, run: number): Promise<number> {
  await page.evaluate((run) => {
    const view = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-testid="reader-body"] [data-start]')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom && ((b.firstChild as Text | null)?.length ?? 0) > 40;
    });
    const block = blocks[run % blocks.length]!;
    const text = block.firstChild as Text;
    const from = Math.min(text.length - 30, 5 + ((run * 37) % 200));
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, from + 25);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, run);
  await page.locator('[data-testid="selection-toolbar"]').waitFor();
  return page.evaluate(() => {
    const reader = document.querySelector('[data-testid="reader"]')!;
    const before = new Set([...reader.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].map((b) => b.dataset['highlightId']));
    const button = document.querySelector<HTMLElement>('[data-testid="selection-toolbar"] [data-testid="highlight-color"][data-color="blue"]')!;
    return new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (![...reader.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].some((b) => !before.has(b.dataset['highlightId']))) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const elapsed = performance.now() - t0;
          // For the profile (book-clicks.ts): the window each click's trace is read over.
          performance.mark('bench:click-end');
          resolve(elapsed);
        });
      });
      observer.observe(reader, { childList: true, subtree: true });
      performance.mark('bench:click-start');
      const t0 = performance.now();
      button.click();
    });
  });
}

/** Scrolls through `screens` screens a quarter screen per frame; the share of frames longer than 16.7 ms and the most elements seen. */
export async function scrollFrames(page: Page, screens: number): Promise<{ slowShare: number; frames: number; maxElements: number }> {
  return page.evaluate(async (screens) => {
    const scroller = document.querySelector<HTMLElement>('.reader-scroll')!;
    scroller.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(r));
    const deltas: number[] = [];
    let maxElements = 0;
    let last = performance.now();
    for (let i = 0; i < screens * 4; i++) {
      scroller.scrollTop += scroller.clientHeight / 4;
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      deltas.push(now - last);
      last = now;
      if (i % 20 === 0) maxElements = Math.max(maxElements, document.querySelectorAll('[data-testid="reader"] *').length);
    }
    // A frame at 60 Hz is 16.7 ms; a little slack for timer jitter.
    return { slowShare: deltas.filter((d) => d > 17.5).length / deltas.length, frames: deltas.length, maxElements };
  }, screens);
}

/** Searches the library for a phrase and opens the result in `docId`; ms from the click to the match selected. */
export async function timeSearchJump(page: Page, docId: string, phrase: string): Promise<number> {
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
  await page.locator('[data-testid="search-input"]').fill(phrase);
  const result = page.locator(`[data-testid="search-result"][data-doc-id="${docId}"]`).first();
  await result.waitFor({ timeout: 300_000 });
  return result.evaluate(
    (element, wanted) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const check = () => {
          const elapsed = performance.now() - start;
          if (getSelection()?.toString() === wanted) resolve(elapsed);
          else if (elapsed > 60_000) resolve(NaN);
          else requestAnimationFrame(check);
        };
        (element as HTMLElement).click();
        check();
      }),
    phrase,
  );
}
