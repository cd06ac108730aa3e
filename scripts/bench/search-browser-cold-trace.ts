/**
 * Where a cold start's time goes, from a Chromium trace with its CPU profiler on (main thread and
 * search worker): every main-thread task over 50 ms (SEARCH_BENCH_LONG_TASK_MS to list shorter ones) with the trace events and the JavaScript
 * functions (self time, from the profiler's samples) inside it, and the worker's busiest
 * functions until the first answer. Used by `search-browser.ts` when SEARCH_BENCH_ONLY=cold and
 * SEARCH_BENCH_TRACE=1 (see there). The profiler slows the page down: its times are for finding
 * the work, not for the figures.
 */
import type { Browser, Page } from '@playwright/test';
import { MAIN_THREAD as MAIN, WORKER_THREAD as WORKER, type TraceEvent } from './trace-events';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
}

const LONG_TASK_MS = Number(process.env['SEARCH_BENCH_LONG_TASK_MS'] ?? 50);

/** The profiler's samples of each thread: when (trace µs) and in which function. */
function samplesByThread(events: readonly TraceEvent[]): Map<string, Sample[]> {
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const clock = new Map<string, number>();
  const threadOf = new Map<string, string>();
  const out = new Map<string, Sample[]>();
  for (const e of events) {
    const profile = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      clock.set(profile, (e.args?.data?.['startTime'] as number | undefined) ?? e.ts);
      threadOf.set(profile, `${e.pid}:${e.tid}`);
      continue;
    }
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    const known = nodes.get(profile) ?? new Map<number, ProfileNode>();
    nodes.set(profile, known);
    for (const node of data?.cpuProfile?.nodes ?? []) known.set(node.id, node);
    const thread = threadOf.get(profile) ?? `${e.pid}:${e.tid}`;
    const list = out.get(thread) ?? [];
    out.set(thread, list);
    let ts = clock.get(profile) ?? e.ts;
    const deltas = data?.timeDeltas ?? [];
    const name = (node: ProfileNode | undefined): string => {
      const frame = node?.callFrame;
      const where = frame?.url ? `${frame.url.replace(/^.*\/assets\//, '')}:${(frame.lineNumber ?? 0) + 1}` : '';
      return `${frame?.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    };
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      const stack = new Set<string>();
      for (let node = known.get(id); node; node = node.parent === undefined ? undefined : known.get(node.parent)) stack.add(name(node));
      list.push({ ts, frame: name(known.get(id)), stack });
    });
    clock.set(profile, ts);
  }
  for (const list of out.values()) list.sort((a, b) => a.ts - b.ts);
  return out;
}

interface Sample {
  ts: number;
  /** The function running. */
  frame: string;
  /** Every function on the stack. */
  stack: Set<string>;
}

/**
 * The functions with the most samples between two times (µs), as "name ms" strings: the time
 * each was running itself (self), or the time it was anywhere on the stack (`inclusive`).
 */
function topFrames(samples: readonly Sample[], from: number, to: number, count: number, inclusive = false): string[] {
  const time = new Map<string, number>();
  for (let i = 1; i < samples.length; i++) {
    const s = samples[i]!;
    if (s.ts < from || s.ts > to) continue;
    for (const frame of inclusive ? s.stack : [s.frame]) time.set(frame, (time.get(frame) ?? 0) + (s.ts - samples[i - 1]!.ts));
  }
  return [...time]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, us]) => `${(us / 1000).toFixed(1)} ms ${frame}`);
}

/**
 * Reloads `page` once while tracing (the page's probe types the start-up query, see
 * `search-browser-probe.ts`), waits for the first answer, and describes where the time went.
 */
export async function traceColdStart(browser: Browser, page: Page, answered: () => Promise<unknown>): Promise<string[]> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'],
  });
  await page.reload({ waitUntil: 'commit' });
  await answered();
  await page.waitForTimeout(300);
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const samples = samplesByThread(events);
  const lines: string[] = [];
  const navigation = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToBegin')?.ts;
  const firstAnswer = events.find((e) => e.name === 'search:first-answer')?.ts;
  const at = (ts: number) => (navigation === undefined ? '' : ` at ${((ts - navigation) / 1000).toFixed(0)} ms`);

  const mainThread = [...threads].find(([, name]) => name === MAIN)?.[0];
  const mainEvents = events.filter((e) => `${e.pid}:${e.tid}` === mainThread && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = mainEvents.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur! > LONG_TASK_MS * 1000);
  lines.push(`main thread: ${tasks.length} task(s) over ${LONG_TASK_MS} ms`);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = mainEvents.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && e.dur! > 2000);
    const children = new Map<string, number>();
    for (const e of inside.slice(0, 40)) children.set(e.name, Math.max(children.get(e.name) ?? 0, e.dur!));
    lines.push(`  task ${(task.dur! / 1000).toFixed(1)} ms${at(task.ts)}: ${[...children].map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ')}`);
    for (const frame of topFrames(samples.get(mainThread!) ?? [], task.ts, end, 8)) lines.push(`    ${frame}`);
  }
  for (const [thread, name] of threads) {
    if (name !== WORKER) continue;
    const list = samples.get(thread) ?? [];
    if (list.length === 0) continue;
    const until = firstAnswer ?? list.at(-1)!.ts;
    const top = topFrames(list, list[0]!.ts, until, 15);
    if (!top.some((line) => line.includes('search.worker'))) continue;
    lines.push(`search worker until its first answer, self time by function:`);
    for (const frame of top) lines.push(`    ${frame}`);
    lines.push(`search worker until its first answer, total time by function (on the stack):`);
    for (const frame of topFrames(list, list[0]!.ts, until, 30, true)) lines.push(`    ${frame}`);
  }
  return lines;
}
