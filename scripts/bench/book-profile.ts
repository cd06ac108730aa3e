/**
 * Where a colour click's time goes, for the book benchmark (BOOK_BENCH_PROFILE=1): a Chromium trace
 * and CPU profile recorded over some clicks, read between each click and its next frame (the
 * bench:click-start / bench:click-end marks timeColourClick sets). Gives the time per click
 * averaged over all of them, and the worst clicks one by one (main-thread events by self time,
 * JavaScript by function with what it called), since a p90 is made of its worst clicks.
 */
import type { Page } from '@playwright/test';
import { round, timeColourClick } from './book-page';
import type { TraceEvent } from './trace-events';

const WORST_SHOWN = 3;

/** Trace + CPU profile over `count` clicks, `pauseMs` apart, read between each click and its next frame. */
export async function profileClicks(page: Page, firstRun: number, count: number, pauseMs: number): Promise<{ clicks: number[]; report: string }> {
  const clicks: number[] = [];
  const report = await profiled(page, async () => {
    for (let i = 0; i < count; i++) {
      clicks.push(await timeColourClick(page, firstRun + i));
      if (pauseMs) await page.waitForTimeout(pauseMs);
    }
    return clicks;
  });
  return { clicks, report };
}

/** Runs `timed` (which times colour clicks) under a trace and a CPU profile; what they show, on average and for the worst clicks. */
export async function profiled(page: Page, timed: () => Promise<number[]>): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const clicks = await timed();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const starts = events.filter((e) => e.name === 'bench:click-start').sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === 'bench:click-end').sort((a, b) => a.ts - b.ts);
  const windows = starts.map((s, i) => ({ from: s.ts, to: ends[i]?.ts ?? s.ts }));
  const main = starts[0] ? { pid: starts[0].pid, tid: starts[0].tid } : null;
  const worst = clicks
    .map((ms, i) => ({ ms, i }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, WORST_SHOWN)
    .filter(({ i }) => windows[i]);
  return [
    `  clicks (ms): ${clicks.map(round).join(' ')}`,
    `  ---- all ${clicks.length} clicks, per click:`,
    traceSummary(events, windows, main),
    cpuSummary(profile, windows),
    ...worst.map(({ ms, i }) =>
      [`  ---- click ${i + 1} of ${clicks.length}: ${round(ms)} ms`, traceSummary(events, [windows[i]!], main, 8), tasksIn(events, profile, windows[i]!, main)].join('\n'),
    ),
  ].join('\n');
}

/** React's and the browser's own frames, left out when naming what a task did. */
const GENERIC =
  /^(performWorkOnRoot|performSyncWorkOnRoot|performWorkUntilDeadline|flushSyncWorkAcrossRoots_impl|processRootScheduleInMicrotask|renderRootSync|workLoopSync|beginWork|renderWithHooks|updateFunctionComponent|updateMemo|mountMemo|completeRootWhenReady|completeRoot|commitRoot|batchedUpdates\$1|dispatch\w*|processDispatchQueue|callListener|evaluate|click|flush\w*|recursively\w*|commit\w*|performUnitOfWork|exports\.\w+|runWithFiberInDEV|usePSD|endMicroTickScope|physicalTick|execute|run)$/;

/** The main-thread tasks that ran between a click and its frame: each one's length, its GC and the named functions that took most of it. */
function tasksIn(events: TraceEvent[], profile: CpuProfile, window: { from: number; to: number }, main: { pid: number; tid: number } | null): string {
  if (!main) return '';
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined && e.dur >= 500)
    .filter((e) => e.ts < window.to && e.ts + e.dur! > window.from)
    .sort((a, b) => a.ts - b.ts);
  const rows = tasks.map((task) => {
    const span = [{ from: task.ts, to: task.ts + task.dur! }];
    const named = inclusive(profile, span, true)
      .filter(([name]) => !GENERIC.test(name))
      .slice(0, 5)
      .map(([name, ms]) => `${name} ${round(ms)}`)
      .join(', ');
    return `    ${round(task.dur! / 1000).toString().padStart(6)} ms task at +${round((task.ts - window.from) / 1000)} ms: ${named}`;
  });
  return `  tasks of 0.5 ms or more between the click and its frame (named functions, ms, GC included):\n${rows.join('\n')}`;
}

const lines = (entries: [string, number][], per: number) => entries.map(([name, ms]) => `    ${round(ms / per).toString().padStart(6)} ms  ${name}`).join('\n');

type Windows = { from: number; to: number }[];
const inWindows = (ts: number, windows: Windows) => windows.some((w) => ts >= w.from && ts < w.to);

/** Self time per main-thread trace event name between each click and its next frame, averaged per click. */
function traceSummary(events: TraceEvent[], windows: Windows, main: { pid: number; tid: number } | null, top = Infinity): string {
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
  const kept = [...self].filter(([, ms]) => ms / windows.length >= 0.1).sort((a, b) => b[1] - a[1]).slice(0, top);
  return `  main thread, self time per click (trace events starting between the click and its frame):\n${lines(kept, windows.length)}`;
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
  return [
    `  JavaScript self time per click (CPU samples between the click and its frame, top 25):\n${lines(top, windows.length)}`,
    `  JavaScript total time per click, by named function with what it called (top 30):\n${lines(inclusive(profile, windows), windows.length)}`,
  ].join('\n');
}

/** Time per named function including its callees (each counted once per sample), the top 30. */
function inclusive(profile: CpuProfile, windows: Windows, all = false): [string, number][] {
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
      if (name && (!name.startsWith('(') || name === '(garbage collector)')) names.add(name);
    }
    for (const name of names) total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const sorted = [...total].sort((a, b) => b[1] - a[1]);
  return all ? sorted : sorted.slice(0, 30);
}
