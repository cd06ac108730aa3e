/**
 * The colour-click part of the book benchmark alone (BOOK_BENCH_ONLY=click, see book.ts): both
 * builds get the 10 MB book and its 2,000 highlights, open it side by side in one browser, and their
 * clicks are timed in alternating rounds, so load on the machine falls on both alike.
 * BOOK_BENCH_PROFILE=1 also records a Chromium trace and CPU profile over a few clicks of each
 * build and prints where the time went (main-thread trace events, JavaScript by function).
 */
import type { Browser, Page } from '@playwright/test';
import { serveFolder } from '../static-server.mjs';
import { importText, median, percentile, round, seedHighlights, timeColourClick, timeOpen } from './book-page';

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
  clicks: number[];
  close: () => Promise<void>;
}

/** Imports the book into the site, seeds the highlights and opens the book with its list drawn. */
export async function openBook(browser: Browser, site: ClickSite, book: string, bookTitle: string, highlights: number, startDocId: string): Promise<OpenSite> {
  const server = await serveFolder(site.folder);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(server.url);
  await page.locator('[data-testid="library-item"]').first().waitFor();
  const bookId = await importText(page, 'كتاب.txt', book, bookTitle);
  await seedHighlights(page, bookId, book, highlights, startDocId);
  await page.reload();
  await page.locator('[data-testid="library-item"]').first().waitFor({ timeout: 120_000 });
  await timeOpen(page, startDocId);
  await timeOpen(page, bookId);
  await page.locator('[data-testid="highlight-item"]').first().waitFor({ state: 'attached', timeout: 120_000 });
  // Let the list's later batches and the anchoring settle before anything is timed.
  await page.waitForTimeout(3000);
  return {
    name: site.name,
    page,
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
        console.error(await profileClicks(site.page, run));
      }
    }
    return figures;
  } finally {
    for (const site of open) await site.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
}

/** Trace + CPU profile over a few clicks, read between each click and its next frame. */
async function profileClicks(page: Page, firstRun: number): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const clicks: number[] = [];
  for (let i = 0; i < PROFILED_CLICKS; i++) {
    clicks.push(await timeColourClick(page, firstRun + i));
    await page.waitForTimeout(400);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const starts = events.filter((e) => e.name === 'bench:click-start').sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === 'bench:click-end').sort((a, b) => a.ts - b.ts);
  const windows = starts.map((s, i) => ({ from: s.ts, to: ends[i]?.ts ?? s.ts }));
  const main = starts[0] ? { pid: starts[0].pid, tid: starts[0].tid } : null;
  return [`  clicks (ms): ${clicks.map(round).join(' ')}`, traceSummary(events, windows, main), cpuSummary(profile, windows)].join('\n');
}

type Windows = { from: number; to: number }[];
const inWindows = (ts: number, windows: Windows) => windows.some((w) => ts >= w.from && ts < w.to);

/** Self time per main-thread trace event name between each click and its next frame, averaged per click. */
function traceSummary(events: TraceEvent[], windows: Windows, main: { pid: number; tid: number } | null): string {
  if (!main) return '  (no click marks in the trace)';
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { event: TraceEvent; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
      const { event, children } = stack.pop()!;
      if (inWindows(event.ts, windows)) self.set(event.name, (self.get(event.name) ?? 0) + (event.dur! - children) / 1000);
      if (stack.length) stack.at(-1)!.children += event.dur!;
    }
  };
  for (const event of onMain) {
    close(event.ts);
    stack.push({ event, children: 0 });
  }
  close(Infinity);
  const lines = [...self].filter(([, ms]) => ms / windows.length >= 0.1).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `    ${round(ms / windows.length).toString().padStart(6)} ms  ${name}`);
  return `  main thread, self time per click (trace events starting between the click and its frame):\n${lines.join('\n')}`;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** JavaScript self time per function between each click and its frame, the top 25, per click. */
function cpuSummary(profile: CpuProfile, windows: Windows): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    ts += delta;
    if (!inWindows(ts, windows)) return;
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? delta) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const lines = (entries: [string, number][]) => entries.map(([name, ms]) => `    ${round(ms / windows.length).toString().padStart(6)} ms  ${name}`).join('\n');
  return [
    `  JavaScript self time per click (CPU samples between the click and its frame, top 25):\n${lines(top)}`,
    `  JavaScript total time per click, by named function with what it called (top 30):\n${lines(inclusive(profile, windows))}`,
  ].join('\n');
}

/** Time per named function including its callees (each counted once per sample), the top 30. */
function inclusive(profile: CpuProfile, windows: Windows): [string, number][] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    if (!inWindows(ts, windows)) return;
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name && !name.startsWith('(')) names.add(name);
    }
    for (const name of names) total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, 30);
}
