/**
 * Measures the reader in Chromium on the web build: opening a ~1 MB document with 1,000 stored
 * highlights, and the time from choosing a colour to the new highlight being painted.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { putRows } from '../../e2e/actions';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { makeBenchDocument, makeBenchHighlights, splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';
import { defineNameHelper } from './page-names';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4399;
const TARGET_BYTES = 1_000_000;
const HIGHLIGHTS = 1_000;
const PAINT_RUNS = 25;
const BENCH_DOC = '000_14e37202ef5eb1ed';


function corpusSentences(): string[] {
  const seeds = `${root}seeds/`;
  return readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => splitSentences(readFileSync(seeds + f, 'utf8')));
}

/** The web build's server (serve-web.mjs: rebuilt first when stale; WEB_OUT_DIR chooses the build) on `port`. */
export async function startServer(port = PORT): Promise<ChildProcess> {
  const server = spawn(process.execPath, [`${root}scripts/serve-web.mjs`], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve());
    server.once('exit', (code) => reject(new Error(`the web server exited (${code})`)));
  });
  return server;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;

async function seedHighlights(page: Page, text: string): Promise<void> {
  const rows = makeBenchHighlights(text, HIGHLIGHTS).map((h, i) => ({
    id: `bench-${i}`,
    docId: BENCH_DOC,
    color: ['yellow', 'green', 'blue', 'pink', 'purple'][i % 5],
    style: 'highlight',
    tags: [],
    selectors: h.selectors,
    sortIndex: h.selectors.position.start,
    createdAt: i,
    modifiedAt: i,
  }));
  await putRows(page, { highlights: rows, settings: [{ key: 'lastDocumentId', value: '001_10e699bd053cc6a9' }] });
}

/** Opens the bench document and waits until its highlights are listed and drawn. */
async function timeOpen(page: Page): Promise<{ openMs: number; anchorMs: number; anchored: number; orphans: number }> {
  return page.evaluate(async (docId) => {
    performance.clearMeasures();
    const t0 = performance.now();
    document.querySelector<HTMLElement>(`[data-testid="library-item"][data-doc-id="${docId}"]`)?.click();
    await new Promise<void>((resolve) => {
      const check = () => {
        const reader = document.querySelector('[data-testid="reader"]');
        if (reader?.getAttribute('data-doc-id') === docId && document.querySelectorAll('[data-testid="highlight"]').length > 0) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    await new Promise((r) => requestAnimationFrame(r));
    const openMs = performance.now() - t0;
    const anchorMs = performance.getEntriesByName('qiraa:anchor-highlights').reduce((sum, e) => sum + e.duration, 0);
    return {
      openMs,
      anchorMs,
      anchored: document.querySelectorAll('[data-testid="highlight-item"]').length,
      orphans: document.querySelectorAll('[data-testid="orphan-item"]').length,
    };
  }, BENCH_DOC);
}

/** Selects a passage, clicks a colour and times until the new box is in the DOM and a frame has run. */
async function timePaint(page: Page, run: number): Promise<{ domMs: number; frameMs: number }> {
  await page.evaluate((run) => {
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-testid="reader-body"] [data-start]')];
    const block = blocks[(run * 7 + 3) % Math.min(blocks.length, 40)]!;
    block.scrollIntoView({ block: 'center' });
    const text = block.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, Math.min(text.length, 30));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, run);
  await page.getByTestId('selection-toolbar').waitFor();
  return page.evaluate(() => {
    const layer = document.querySelector('.highlight-layer')!;
    const before = new Set([...layer.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].map((b) => b.dataset['highlightId']));
    const button = document.querySelector<HTMLElement>('[data-testid="highlight-color"][data-color="blue"]')!;
    return new Promise<{ domMs: number; frameMs: number }>((resolve) => {
      const observer = new MutationObserver(() => {
        const added = [...layer.querySelectorAll<HTMLElement>('[data-testid="highlight"]')].some((b) => !before.has(b.dataset['highlightId']));
        if (!added) return;
        observer.disconnect();
        const domMs = performance.now() - t0;
        requestAnimationFrame(() => resolve({ domMs, frameMs: performance.now() - t0 }));
      });
      observer.observe(layer, { childList: true, subtree: true });
      const t0 = performance.now();
      button.click();
    });
  });
}

export async function benchReaderUi(): Promise<Record<string, number | string>> {
  const text = makeBenchDocument(corpusSentences(), TARGET_BYTES);
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // Precise heap figures, and gc() to measure what stays retained.
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await defineNameHelper(page);
    await page.route(`**/${BENCH_DOC}*.txt`, (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }));
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByTestId('library-item').first().waitFor();
    await seedHighlights(page, text);
    await page.reload();
    await page.getByTestId('reader').waitFor();
    const heapBefore = await page.evaluate(() => {
      (globalThis as { gc?: () => void }).gc?.();
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    });
    const open = await timeOpen(page);
    const heapAfter = await page.evaluate(() => {
      (globalThis as { gc?: () => void }).gc?.();
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    });
    const paints: { domMs: number; frameMs: number }[] = [];
    for (let run = 0; run < PAINT_RUNS; run++) paints.push(await timePaint(page, run));
    const dom = paints.map((p) => p.domMs);
    const frame = paints.map((p) => p.frameMs);
    return {
      'ui: document size (MB)': round(Buffer.byteLength(text) / 1024 / 1024),
      'ui: highlights stored': HIGHLIGHTS,
      'ui: highlights drawn / orphaned': `${open.anchored} / ${open.orphans}`,
      'ui: open document + anchor + draw (ms)': round(open.openMs),
      'ui: anchoring inside the app (ms)': round(open.anchorMs),
      'ui: JS heap retained by the open document (MB)': round((heapAfter - heapBefore) / 1024 / 1024),
      'ui: colour click → box in DOM, median (ms)': round(median(dom)),
      'ui: colour click → next frame, median (ms)': round(median(frame)),
      'ui: colour click → next frame, p90 (ms)': round(percentile(frame, 0.9)),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
