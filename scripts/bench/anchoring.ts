/**
 * Anchoring benchmark: 1,000 highlights on a ~1 MB Arabic document built from
 * the bundled corpus, timed against dom-anchor-text-quote on the same quotes.
 * Node only (reads seeds/ and uses jsdom); the code it measures is pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  anchor,
  createAnchorContext,
  type AnchorResult,
} from '../../renderer/src/core/anchoring/anchor';
import {
  makeBenchDocument,
  makeBenchHighlights,
  splitSentences,
  type BenchHighlight,
} from '../../renderer/src/core/anchoring/bench-fixture';

const TARGET_BYTES = 1_000_000;
const HIGHLIGHTS = 1000;
const RUNS = 7;

// Both packages are CommonJS without type declarations; these are the parts used.
interface TextQuoteLibrary {
  toTextPosition(
    root: { textContent: string | null },
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): { start: number; end: number } | null;
}
interface JsdomLibrary {
  JSDOM: new (html: string) => { window: { document: { body: { textContent: string | null } } } };
}
const require = createRequire(import.meta.url);

function readCorpusSentences(): string[] {
  const seeds = new URL('../../seeds/', import.meta.url);
  return readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => splitSentences(readFileSync(new URL(name, seeds), 'utf8')));
}

/** `global.gc` without restarting Node with --expose-gc (a V8 flag set at run time reaches new contexts). */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const megabytes = (bytes: number) => round(bytes / 1024 / 1024);

function anchorEverything(text: string, highlights: readonly BenchHighlight[]): AnchorResult[] {
  const context = createAnchorContext(text);
  return highlights.map((h) => anchor(context, h.selectors));
}

function isCorrect(result: { start: number; end: number } | null, h: BenchHighlight): boolean {
  return result !== null && result.start === h.expected.start && result.end === h.expected.end;
}

/** Measures anchoring speed, accuracy and memory; every figure is a plain number or string. */
export async function benchAnchoring(): Promise<Record<string, number | string>> {
  const text = makeBenchDocument(readCorpusSentences(), TARGET_BYTES);
  const highlights = makeBenchHighlights(text, HIGHLIGHTS);

  // Warm up the JIT once, then take the median of several full runs.
  anchorEverything(text, highlights);
  const contextTimes: number[] = [];
  const anchorTimes: number[] = [];
  let results: AnchorResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const context = createAnchorContext(text);
    const t1 = performance.now();
    results = highlights.map((h) => anchor(context, h.selectors));
    const t2 = performance.now();
    contextTimes.push(t1 - t0);
    anchorTimes.push(t2 - t1);
  }

  // The worst case: a passage that is gone is only given up after the whole document was searched.
  const gone = highlights.slice(0, 20).map((h) => ({
    ...h.selectors,
    quote: { ...h.selectors.quote, exact: [...h.selectors.quote.exact].reverse().join('') },
  }));
  const orphanContext = createAnchorContext(text);
  const orphanTimes = gone.map((selectors) => {
    const t0 = performance.now();
    if (anchor(orphanContext, selectors).status !== 'orphan') throw new Error('a reversed quote was anchored');
    return performance.now() - t0;
  });

  // Memory retained by one document's context plus its results, after a full
  // GC on both sides so that garbage made on the way is not counted.
  const gc = exposeGc();
  gc();
  const before = process.memoryUsage();
  const context = createAnchorContext(text);
  const kept = highlights.map((h) => anchor(context, h.selectors));
  gc();
  const after = process.memoryUsage();
  if (kept.length !== highlights.length || context.normalized.text.length === 0) throw new Error('unreachable');

  const counts: Record<string, number> = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  const wrongByKind: Record<string, number> = {};
  results.forEach((r, i) => {
    const h = highlights[i]!;
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    if (!isCorrect(r.status === 'orphan' ? null : r, h)) wrongByKind[h.kind] = (wrongByKind[h.kind] ?? 0) + 1;
  });
  const kinds: Record<string, number> = {};
  for (const h of highlights) kinds[h.kind] = (kinds[h.kind] ?? 0) + 1;

  // dom-anchor-text-quote on a jsdom body holding the same text, with the stored position as hint.
  const textQuote = require('dom-anchor-text-quote') as TextQuoteLibrary;
  const { JSDOM } = require('jsdom') as JsdomLibrary;
  const root = new JSDOM('<!doctype html><body></body>').window.document.body;
  root.textContent = text;
  let dtqCorrect = 0;
  let dtqNull = 0;
  const d0 = performance.now();
  for (const h of highlights) {
    const position = textQuote.toTextPosition(root, h.selectors.quote, { hint: h.selectors.position.start });
    if (position === null) dtqNull++;
    if (isCorrect(position, h)) dtqCorrect++;
  }
  const dtqMs = performance.now() - d0;

  const contextMs = median(contextTimes);
  const anchorMs = median(anchorTimes);
  const totalMs = median(contextTimes.map((t, i) => t + anchorTimes[i]!));
  return {
    documentBytes: new TextEncoder().encode(text).length,
    documentChars: text.length,
    highlights: highlights.length,
    highlightKinds: Object.entries(kinds).map(([k, n]) => `${k}=${n}`).join(' '),
    runs: RUNS,
    contextMs: round(contextMs),
    anchorMs: round(anchorMs),
    totalMs: round(totalMs),
    perHighlightUs: round((anchorMs / highlights.length) * 1000, 1),
    orphanMsEach: round(median(orphanTimes)),
    statuses: Object.entries(counts).map(([k, n]) => `${k}=${n}`).join(' '),
    correct: highlights.length - Object.values(wrongByKind).reduce((a, b) => a + b, 0),
    wrongByKind: Object.entries(wrongByKind).map(([k, n]) => `${k}=${n}`).join(' ') || 'none',
    heapDeltaMB: megabytes(after.heapUsed - before.heapUsed),
    arrayBuffersDeltaMB: megabytes(after.arrayBuffers - before.arrayBuffers),
    domAnchorTextQuoteMs: round(dtqMs),
    domAnchorTextQuoteCorrect: dtqCorrect,
    domAnchorTextQuoteNotFound: dtqNull,
    speedupVsDomAnchorTextQuote: round(dtqMs / totalMs, 1),
  };
}
