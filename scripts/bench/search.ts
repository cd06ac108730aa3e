/**
 * Search benchmark (Node): today's linear scan (`search-corpus.ts`), the ranked research index
 * (`research-index.ts` + `search-research.ts`, on MiniSearch) and FlexSearch with our
 * normaliser and stemmer as its encoder (`search-flexsearch.ts`), side by side on generated
 * articles, highlights and notes made from the bundled corpus. Reports build time and retained
 * memory, the persisted index's size and load time, one note edit, query latency p50/p95, and
 * recall on a table of Arabic query cases (diacritics, tatweel, hamza, ة/ه, ى/ي, ئ/ي, ؤ/و,
 * prefixes and suffixes, misspellings, phrases), as one table.
 *
 * Recall is per document: the documents in which today's scan finds the correctly spelled
 * target are the truth, and each engine is scored on what it returns for what the user typed.
 * Today's scan has no quote syntax, so it is given phrases without their quotes.
 *
 *   npx tsx scripts/bench/search.ts [articles=2000]
 *
 * `npm run bench` runs this and the Chromium benchmark (`search-browser.ts`).
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';
import type { CorpusDocument } from '../../renderer/src/core/corpus/corpus-types';
import { parseCorpusText } from '../../renderer/src/core/corpus/parse-corpus';
import { createSearchIndex, search as searchCorpus } from '../../renderer/src/core/search/search-corpus';
import { createResearchIndex, loadResearchIndex, replaceItem, saveResearchIndex } from '../../renderer/src/core/search/research-index';
import type { ResearchItem } from '../../renderer/src/core/search/research-items';
import { searchResearch } from '../../renderer/src/core/search/search-research';
import { forgetKeptWords } from '../../renderer/src/core/search/word-hits';
import { corpusMaterial, generateArticles, readSeedTexts } from './generate-articles';
import { createFlexSearch, searchFlexSearch } from './search-flexsearch';

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
  { kind: 'diacritics in the text', query: 'دوليا', target: 'دوليّاً' },
  { kind: 'tatweel in the query', query: 'ليبـــيا', target: 'ليبيا' },
  { kind: 'hamza dropped', query: 'انقرة', target: 'أنقرة' },
  { kind: 'hamza dropped', query: 'اعلن', target: 'أعلن' },
  { kind: 'hamza dropped', query: 'اعادة', target: 'إعادة' },
  { kind: 'ؤ written و', query: 'توكد', target: 'تؤكد' },
  { kind: 'ى written ي', query: 'القصوي', target: 'القصوى' },
  { kind: 'ة written ه', query: 'المتحده', target: 'المتحدة' },
  { kind: 'ة written ه', query: 'الليبيه', target: 'الليبية' },
  { kind: 'ة written ه', query: 'حكومه', target: 'حكومة' },
  { kind: 'ئ written ي', query: 'فايز', target: 'فائز' },
  { kind: 'ئ written ي', query: 'الرييس', target: 'الرئيس' },
  { kind: 'prefixed forms', query: 'قوات', target: 'قوات' },
  { kind: 'prefixed forms', query: 'مرتزقة', target: 'مرتزقة' },
  { kind: 'suffixed forms', query: 'الروسي', target: 'الروسي' },
  { kind: 'suffixed forms', query: 'نفوذ', target: 'نفوذ' },
  { kind: 'one letter wrong', query: 'المرتزفة', target: 'المرتزقة' },
  { kind: 'one letter wrong', query: 'الانسحاث', target: 'الانسحاب' },
  { kind: 'one letter wrong', query: 'طرابلص', target: 'طرابلس' },
  { kind: 'one letter missing', query: 'المرتزة', target: 'المرتزقة' },
  { kind: 'one letter too many', query: 'واشنطون', target: 'واشنطن' },
  { kind: 'adjacent letters swapped', query: 'المرتقزة', target: 'المرتزقة' },
  { kind: 'adjacent letters swapped', query: 'الانسحبا', target: 'الانسحاب' },
  { kind: 'adjacent letters swapped', query: 'بوميبو', target: 'بومبيو' },
  { kind: 'phrase', query: '"وقف إطلاق النار"', target: 'وقف إطلاق النار' },
  { kind: 'phrase', query: '"مجلس الأمن"', target: 'مجلس الأمن' },
  { kind: 'phrase', query: '"حكومة الوفاق الوطني"', target: 'حكومة الوفاق الوطني' },
  { kind: 'two words', query: 'حكومة الوفاق', target: 'حكومة الوفاق' },
  { kind: 'two words', query: 'المرتزقة الروس', target: 'المرتزقة الروس' },
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

/**
 * Times each query `runs` times (after one warm-up run) and returns every timing; `fresh` runs
 * before each timed run, untimed.
 */
function timeQueries(queries: readonly string[], runs: number, run: (query: string) => unknown, fresh = () => {}): number[] {
  const times: number[] = [];
  for (const query of queries) {
    run(query);
    for (let i = 0; i < runs; i++) {
      fresh();
      const t0 = performance.now();
      run(query);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

const recallOf = (found: ReadonlySet<string>, truth: ReadonlySet<string>): number =>
  truth.size === 0 ? 1 : [...truth].filter((id) => found.has(id)).length / truth.size;

/** The columns of the table: today's scan, the research index, FlexSearch. */
export const ENGINES = ['today (scan)', 'MiniSearch (new)', 'FlexSearch'] as const;
type Row = readonly [string | number, string | number, string | number];

/** One table: a row per figure, a column per engine (`ENGINES`); '–' where an engine has no such figure. */
export interface SearchBenchTable {
  data: string;
  rows: Record<string, Row>;
}

/** Measures the three engines on the same data and queries. */
export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchTable> {
  const sizes = { articles: options.articles ?? 2000, highlights: options.highlights ?? 10_000, notes: options.notes ?? 5000 };
  const runs = options.runs ?? 20;
  const { documents, items } = makeSearchData(sizes);
  const textMegabytes = documents.reduce((sum, d) => sum + new TextEncoder().encode(d.text).length, 0) / 1e6;

  const linear = retained(() => createSearchIndex(documents));
  const ranked = retained(() => createResearchIndex(items));
  const flex = retained(() => createFlexSearch(items));

  const saved = saveResearchIndex(ranked.value);
  const l0 = performance.now();
  loadResearchIndex(saved, items);
  const loadMs = performance.now() - l0;

  const e0 = performance.now();
  replaceItem(ranked.value, { kind: 'note', noteId: 'n-0', title: 'ملاحظة معدلة', text: 'انسحاب القوات الأجنبية من ليبيا' });
  const editMs = performance.now() - e0;

  const linearQuery = (query: string) => query.replace(/"/g, '');
  const linearRun = (q: string) => searchCorpus(linear.value, linearQuery(q));
  const rankedRun = (q: string) => searchResearch(ranked.value, q);
  const flexRun = (q: string) => searchFlexSearch(flex.value, q);
  const queries = QUERY_CASES.map((c) => c.query);
  // The research index keeps each word's hits while typing (`word-hits.ts`); a repeated query
  // would be answered from them, so they are forgotten before each run: every word is scored.
  const times = [
    timeQueries(queries, runs, linearRun),
    timeQueries(queries, runs, rankedRun, () => forgetKeptWords(ranked.value.miniSearch)),
    timeQueries(queries, runs, flexRun),
  ];

  const documentsOf = (keys: readonly string[]) => new Set(keys.filter((k) => k.startsWith('document:')).map((k) => k.slice('document:'.length)));
  const found = [
    (q: string) => new Set(linearRun(q).map((r) => r.docId)),
    (q: string) => new Set(searchResearch(ranked.value, q, { kinds: ['document'], limit: Infinity }).documents.map((h) => h.key.slice('document:'.length))),
    (q: string) => documentsOf(searchFlexSearch(flex.value, q, items.length)),
  ];
  const sums = [0, 0, 0];
  const cases: Record<string, Row> = {};
  for (const c of QUERY_CASES) {
    const truth = new Set(searchCorpus(linear.value, c.target).map((r) => r.docId));
    const recalls = found.map((find) => recallOf(find(c.query), truth));
    recalls.forEach((r, i) => (sums[i]! += r));
    cases[`recall · ${c.kind}: ${c.query} (${truth.size} docs)`] = recalls.map((r) => `${round(r * 100)}%`) as unknown as Row;
  }
  const p = (t: number[]) => `${round(percentile(t, 50), 1)} / ${round(percentile(t, 95), 1)}`;
  return {
    data: `${sizes.articles} articles (${round(textMegabytes)} MB of text), ${sizes.highlights} highlights, ${sizes.notes} notes; ${QUERY_CASES.length} query cases`,
    rows: {
      'full build (ms)': [round(linear.ms), round(ranked.ms), round(flex.ms)],
      'retained heap (MB)': [round(linear.megabytes), round(ranked.megabytes), round(flex.megabytes)],
      'query p50 / p95 (ms)': [p(times[0]!), p(times[1]!), p(times[2]!)],
      'recall, mean over cases': sums.map((sum) => `${round((sum / QUERY_CASES.length) * 100)}%`) as unknown as Row,
      'persisted index (MB)': ['–', round((saved.json.length + saved.postings.length) / 1e6), '–'],
      'load persisted index (ms)': ['–', round(loadMs), '–'],
      'one note edit to searchable (ms)': ['–', round(editMs, 2), '–'],
      ...cases,
    },
  };
}

/** The table as lines of text, columns padded. */
export function formatSearchTable(table: SearchBenchTable): string[] {
  const labels = Object.keys(table.rows);
  const width = Math.max(...labels.map((l) => l.length), 6);
  const cell = (value: string | number, i: number) => String(value).padStart(Math.max(ENGINES[i]!.length, 14));
  return [
    `  ${table.data}`,
    `  ${''.padEnd(width)}  ${ENGINES.map(cell).join('  ')}`,
    ...labels.map((label) => `  ${label.padEnd(width)}  ${table.rows[label]!.map(cell).join('  ')}`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of formatSearchTable(await benchSearch({ articles: Number(process.argv[2] ?? 2000) }))) console.log(line);
}
