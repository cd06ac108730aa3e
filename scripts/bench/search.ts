/**
 * Search benchmark (Node): today's linear scan (`search-corpus.ts`) against the ranked research
 * index (`research-index.ts` + `search-research.ts`) on generated articles, highlights and notes
 * made from the bundled corpus. Reports build time and retained memory, the persisted index's
 * size and load time, one note edit, query latency p50/p95, and recall on a table of Arabic
 * query cases (diacritics, hamza, ة/ه, ئ/ي, prefixes and suffixes, misspellings, phrases).
 *
 * Recall is per document: the documents in which today's scan finds the correctly spelled
 * target are the truth, and each engine is scored on what it returns for what the user typed.
 * Today's scan has no quote syntax, so it is given phrases without their quotes.
 *
 *   npx tsx scripts/bench/search.ts [articles=2000]
 *
 * Not part of `npm run bench` yet: the figures are for Chromium, in a worker.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';
import type { CorpusDocument } from '../../renderer/src/core/corpus/corpus-types';
import { parseCorpusText } from '../../renderer/src/core/corpus/parse-corpus';
import { createSearchIndex, search as searchCorpus } from '../../renderer/src/core/search/search-corpus';
import { createResearchIndex, loadResearchIndex, replaceItem, researchIndexToJSON } from '../../renderer/src/core/search/research-index';
import type { ResearchItem } from '../../renderer/src/core/search/research-items';
import { searchResearch } from '../../renderer/src/core/search/search-research';
import { corpusMaterial, generateArticles, readSeedTexts } from './generate-articles';

export interface SearchBenchOptions {
  articles?: number;
  highlights?: number;
  notes?: number;
  /** Timed runs of each query per engine. */
  runs?: number;
}

/** What the user types, and the correctly spelled form whose documents are the truth. */
export const QUERY_CASES: readonly { kind: string; query: string; target: string }[] = [
  { kind: 'diacritics in the query', query: 'الأُمَمُ المُتَّحِدَةُ', target: 'الأمم المتحدة' },
  { kind: 'diacritics in the text', query: 'مذكرا', target: 'مذكرا' },
  { kind: 'hamza dropped', query: 'انقرة', target: 'أنقرة' },
  { kind: 'hamza dropped', query: 'اعلن', target: 'أعلن' },
  { kind: 'ة written ه', query: 'المتحده', target: 'المتحدة' },
  { kind: 'ة written ه', query: 'الليبيه', target: 'الليبية' },
  { kind: 'ئ written ي', query: 'فايز', target: 'فائز' },
  { kind: 'prefixed forms', query: 'قوات', target: 'قوات' },
  { kind: 'prefixed forms', query: 'مرتزقة', target: 'مرتزقة' },
  { kind: 'suffixed forms', query: 'الروسي', target: 'الروسي' },
  { kind: 'one letter wrong', query: 'المرتزفة', target: 'المرتزقة' },
  { kind: 'one letter wrong', query: 'الانسحاث', target: 'الانسحاب' },
  { kind: 'adjacent letters swapped', query: 'المرتقزة', target: 'المرتزقة' },
  { kind: 'adjacent letters swapped', query: 'الانسحبا', target: 'الانسحاب' },
  { kind: 'phrase', query: '"وقف إطلاق النار"', target: 'وقف إطلاق النار' },
  { kind: 'phrase', query: '"مجلس الأمن"', target: 'مجلس الأمن' },
  { kind: 'two words', query: 'حكومة الوفاق', target: 'حكومة الوفاق' },
];

const COLORS = ['yellow', 'green', 'blue', 'pink'];

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generated articles as parsed documents, plus highlights quoting them and notes written from their sentences. */
export function makeSearchData(options: Required<Omit<SearchBenchOptions, 'runs'>>) {
  const material = corpusMaterial(readSeedTexts());
  const decoder = new TextDecoder();
  const documents: CorpusDocument[] = generateArticles(material, { count: options.articles, plainTextOnly: true }).map((a, i) =>
    parseCorpusText(`doc-${i}`, a.fileName, decoder.decode(a.bytes)),
  );
  const random = createRandom(9);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const items: ResearchItem[] = documents.map((d) => ({ kind: 'document', docId: d.id, title: d.title, text: d.text }));
  for (let i = 0; i < options.highlights; i++) {
    const document = pick(documents);
    const words = pick(splitSentences(document.text)).split(/\s+/);
    const from = Math.floor(random() * Math.max(1, words.length - 5));
    const quote = words.slice(from, from + 5 + Math.floor(random() * 15)).join(' ');
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(material.tags)))];
    items.push({ kind: 'highlight', highlightId: `h-${i}`, docId: document.id, quote, tags, color: pick(COLORS) });
  }
  for (let i = 0; i < options.notes; i++) {
    const title = pick(material.sentences).split(/\s+/).slice(0, 5).join(' ');
    const text = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(material.sentences)).join(' ');
    items.push({ kind: 'note', noteId: `n-${i}`, title, text });
  }
  return { documents, items };
}

function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Runs `build`, keeping its result, and reports the heap it retains after a full GC on both sides. */
function retained<T>(build: () => T): { value: T; ms: number; megabytes: number } {
  const gc = exposeGc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const value = build();
  const ms = performance.now() - t0;
  gc();
  return { value, ms, megabytes: (process.memoryUsage().heapUsed - before) / 1024 / 1024 };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Times each query `runs` times (after one warm-up run) and returns every timing. */
function timeQueries(queries: readonly string[], runs: number, run: (query: string) => unknown): number[] {
  const times: number[] = [];
  for (const query of queries) {
    run(query);
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      run(query);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

const recallOf = (found: ReadonlySet<string>, truth: ReadonlySet<string>): number =>
  truth.size === 0 ? 1 : [...truth].filter((id) => found.has(id)).length / truth.size;

/** Measures both engines on the same data and queries; every figure is a plain number or string. */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<Record<string, number | string>> {
  const sizes = { articles: options.articles ?? 2000, highlights: options.highlights ?? 10_000, notes: options.notes ?? 5000 };
  const runs = options.runs ?? 20;
  const { documents, items } = makeSearchData(sizes);
  const textMegabytes = documents.reduce((sum, d) => sum + new TextEncoder().encode(d.text).length, 0) / 1e6;

  const linear = retained(() => createSearchIndex(documents));
  const ranked = retained(() => createResearchIndex(items));

  const json = researchIndexToJSON(ranked.value);
  const l0 = performance.now();
  loadResearchIndex(json, items);
  const loadMs = performance.now() - l0;

  const e0 = performance.now();
  replaceItem(ranked.value, { kind: 'note', noteId: 'n-0', title: 'ملاحظة معدلة', text: 'انسحاب القوات الأجنبية من ليبيا' });
  const editMs = performance.now() - e0;

  const linearQuery = (query: string) => query.replace(/"/g, '');
  const linearTimes = timeQueries(QUERY_CASES.map((c) => linearQuery(c.query)), runs, (q) => searchCorpus(linear.value, q));
  const rankedTimes = timeQueries(QUERY_CASES.map((c) => c.query), runs, (q) => searchResearch(ranked.value, q));

  const recall: Record<string, number | string> = {};
  let linearSum = 0;
  let rankedSum = 0;
  for (const c of QUERY_CASES) {
    const truth = new Set(searchCorpus(linear.value, c.target).map((r) => r.docId));
    const linearFound = new Set(searchCorpus(linear.value, linearQuery(c.query)).map((r) => r.docId));
    const rankedFound = new Set(
      searchResearch(ranked.value, c.query, { kinds: ['document'], limit: Infinity }).documents.map((h) => (h.item.kind === 'document' ? h.item.docId : '')),
    );
    const [l, r] = [recallOf(linearFound, truth), recallOf(rankedFound, truth)];
    linearSum += l;
    rankedSum += r;
    const [lMs, rMs] = [timeQueries([linearQuery(c.query)], 5, (q) => searchCorpus(linear.value, q)), timeQueries([c.query], 5, (q) => searchResearch(ranked.value, q))];
    recall[`${c.kind}: ${c.query} (${truth.size} docs)`] =
      `recall today ${round(l * 100)}% · ranked ${round(r * 100)}%; p50 today ${round(percentile(lMs, 50), 2)} ms · ranked ${round(percentile(rMs, 50), 2)} ms`;
  }

  return {
    data: `${sizes.articles} articles (${round(textMegabytes)} MB of text), ${sizes.highlights} highlights, ${sizes.notes} notes`,
    'today: build (ms)': round(linear.ms),
    'today: retained heap (MB)': round(linear.megabytes),
    'ranked: full build (ms)': round(ranked.ms),
    'ranked: retained heap incl. items (MB)': round(ranked.megabytes),
    'ranked: persisted JSON (MB)': round(json.length / 1e6),
    'ranked: load persisted index (ms)': round(loadMs),
    'ranked: one note edit to searchable (ms)': round(editMs, 2),
    'today: query p50 / p95 (ms)': `${round(percentile(linearTimes, 50), 2)} / ${round(percentile(linearTimes, 95), 2)}`,
    'ranked: query p50 / p95 (ms)': `${round(percentile(rankedTimes, 50), 2)} / ${round(percentile(rankedTimes, 95), 2)}`,
    'recall, mean over cases': `today ${round((linearSum / QUERY_CASES.length) * 100)}% · ranked ${round((rankedSum / QUERY_CASES.length) * 100)}%`,
    ...recall,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchSearch({ articles: Number(process.argv[2] ?? 2000) });
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(width)}  ${value}`);
}
