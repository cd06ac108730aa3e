/**
 * Where a keystroke's time goes, from a Chromium trace of a query typed letter by letter: the
 * work on the page's main thread (input handling and React, the answer's message, style,
 * layout, paint) and in the search worker (the query itself and its garbage collection), each
 * summed over the keystrokes and given per keystroke. Used by `search-browser.ts` when
 * SEARCH_BENCH_TRACE=1 (see there).
 */
import type { Browser, Page } from '@playwright/test';
import { MAIN_THREAD as MAIN, WORKER_THREAD as WORKER, type TraceEvent } from './trace-events';

/** The main thread's and the worker's time by kind of work, ms per keystroke. */
export type Breakdown = Record<string, number>;

/** What a top-level piece of work is called in the breakdown. */
function labelOf(event: TraceEvent): string {
  if (event.name === 'EventDispatch') return `event ${event.args?.data?.type ?? '?'}`;
  if (['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'IntersectionObserverController::computeIntersections'].includes(event.name)) return 'style, layout, paint';
  if (/GC|Scavenge|MarkCompact/i.test(event.name)) return 'garbage collection';
  if (event.name === 'FunctionCall' || event.name === 'TimerFire' || event.name === 'FireAnimationFrame' || event.name === 'RunMicrotasks') return 'script (timers, messages, frames)';
  return 'other';
}

/**
 * Types `query` into the search field letter by letter while tracing, and sums the work of
 * each thread: on the main thread and in the worker, the events directly inside each task.
 */
export async function traceKeystrokes(browser: Browser, page: Page, query: string): Promise<Breakdown> {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.focus();
  await page.waitForTimeout(400);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'] });
  for (const char of query) {
    await page.keyboard.type(char);
    await page.waitForTimeout(250);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const sums: Record<string, number> = {};
  const add = (label: string, us: number) => (sums[label] = (sums[label] ?? 0) + us / 1000 / query.length);
  for (const thread of [MAIN, WORKER]) {
    const own = events
      .filter((e) => e.ph === 'X' && e.dur !== undefined && threads.get(`${e.pid}:${e.tid}`) === thread)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const prefix = thread === MAIN ? 'main' : 'worker';
    // Tasks, and the events directly inside them (not nested further).
    let taskEnd = -1;
    let childEnd = -1;
    for (const e of own) {
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
        if (e.ts >= taskEnd) {
          add(`${prefix}: all tasks`, e.dur!);
          taskEnd = e.ts + e.dur!;
        }
        continue;
      }
      if (e.ts < taskEnd && e.ts >= childEnd) {
        const label = labelOf(e);
        add(`${prefix}: ${label}`, e.dur!);
        // Which of them: style (UpdateLayoutTree), Layout, PrePaint, Paint, Layerize, Commit...
        if (label === 'style, layout, paint') add(`${prefix}: ${label} · ${e.name}`, e.dur!);
        childEnd = e.ts + e.dur!;
      }
    }
  }
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, Number(v.toFixed(1))]));
}
