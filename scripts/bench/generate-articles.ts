/**
 * Deterministic Arabic news articles for the library benchmarks, made from the sentences of the
 * bundled corpus: a title, a source line, paragraphs (now and then a subheading) and tags, the
 * shape of the seed files. About 10% are Markdown with YAML frontmatter, about 10% saved web
 * pages, the rest .txt; a few are windows-1256. The same seed always gives the same bytes.
 *
 *   npx tsx scripts/bench/generate-articles.ts <folder> [count=2000] [--txt]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom, splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';
import { parseCorpusText } from '../../renderer/src/core/corpus/parse-corpus';
import { renderArticle, type ArticleContent, type ArticleEncoding, type ArticleFormat } from './generate-articles-formats';

export interface CorpusMaterial {
  /** Sentences of the seed files' paragraphs. */
  sentences: string[];
  /** The seed files' tags and short headings: keywords, not sentences. */
  tags: string[];
}

export interface GeneratedArticle {
  fileName: string;
  format: ArticleFormat;
  encoding: ArticleEncoding;
  content: ArticleContent;
  bytes: Uint8Array;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** UTF-8 .txt files only (what today's build can read as seeds); the words are the same. */
  plainTextOnly?: boolean;
  /**
   * Average byte budget for an article's paragraphs. The paragraph that crosses it is kept, and
   * the title, source and tags come on top: the default gives files of ~6.5 KB, 13 MB per 2,000.
   */
  bodyBytes?: number;
}

const SOURCES = ['المصدر: وكالات', 'المصدر: رويترز', 'المصدر: فرانس برس', 'المصدر: الجزيرة نت', 'المصدر: موقع المغرب العربي الإخباري'];
const AUTHORS = ['علي بومنجل', 'سارة المنصوري', 'محمد العربي', 'ليلى حداد', 'يوسف بن عمر', 'هدى الطرابلسي'];
const MIN_PARAGRAPHS = 5;
const MAX_PARAGRAPHS = 20;
// Corpus sentences average ~320 bytes, so paragraphs of 1–4 of them keep articles near 6.5 KB.
const MAX_SENTENCES_PER_PARAGRAPH = 4;
// Lines this short that do not end like a sentence would read as headings, not paragraphs.
const MIN_PARAGRAPH_CHARS = 100;
const MAX_TITLE_CHARS = 90;
// A few files in the old Windows Arabic code page: one in 40 of the .txt and .html ones.
const WINDOWS_1256_SHARE = 0.025;
const DAY_MS = 86_400_000;
const FIRST_DATE = Date.UTC(2019, 0, 1);

/** Splits the seed files into the sentences and keywords articles are made of. */
export function corpusMaterial(seedTexts: readonly string[]): CorpusMaterial {
  const documents = seedTexts.map((text, i) => parseCorpusText(`seed-${i}`, `seed-${i}.txt`, text));
  const sentences = documents.flatMap((d) => d.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => splitSentences(b.text)));
  const keywords = documents.flatMap((d) => [...d.tags, ...d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)]);
  const tags = [...new Set(keywords)].filter((tag) => tag.length <= 40 && tag.split(/\s+/).length <= 5);
  if (sentences.length === 0 || tags.length === 0) throw new Error('the seed files hold no paragraphs or no tags');
  return { sentences, tags };
}

/** The bundled corpus's files, in name order. */
export function readSeedTexts(seedsFolder = fileURLToPath(new URL('../../seeds/', import.meta.url))): string[] {
  return readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seedsFolder, name), 'utf8'));
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A headline: a run of words from a corpus sentence (half the time its opening), without quotes or punctuation at the ends. */
function makeHeadline(sentences: readonly string[], random: () => number, minWords: number, maxWords: number): string {
  const words = pick(sentences, random).replace(/["“”«»]/g, '').split(/\s+/);
  let count = minWords + Math.floor(random() * (maxWords - minWords + 1));
  const first = random() < 0.5 ? 0 : Math.floor(random() * Math.max(1, words.length - count));
  for (;;) {
    const headline = words.slice(first, first + count).join(' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    if (headline.length <= MAX_TITLE_CHARS || count <= 2) return headline;
    count--;
  }
}

function makeParagraph(sentences: readonly string[], random: () => number): string {
  const count = 1 + Math.floor(random() * MAX_SENTENCES_PER_PARAGRAPH);
  const picked = Array.from({ length: count }, () => pick(sentences, random));
  while (picked.join(' ').length <= MIN_PARAGRAPH_CHARS) picked.push(pick(sentences, random));
  return picked.join(' ');
}

function makeContent(material: CorpusMaterial, index: number, random: () => number, bodyBytes: number): ArticleContent {
  const title = makeHeadline(material.sentences, random, 5, 9);
  const source = pick(SOURCES, random);
  const author = pick(AUTHORS, random);
  const date = new Date(FIRST_DATE + Math.floor(random() * 1800) * DAY_MS).toISOString().slice(0, 10);
  // Sizes spread evenly from half to one and a half times the mean.
  const budget = bodyBytes * (0.5 + random());
  const paragraphs: string[] = [];
  const headings = new Map<number, string>();
  let bytes = 0;
  while (paragraphs.length < MAX_PARAGRAPHS && (bytes < budget || paragraphs.length < MIN_PARAGRAPHS)) {
    // Now and then a subheading, never before the first paragraph (it would be taken for the title).
    if (paragraphs.length >= 2 && random() < 0.08) headings.set(paragraphs.length, makeHeadline(material.sentences, random, 3, 6));
    const paragraph = makeParagraph(material.sentences, random);
    paragraphs.push(paragraph);
    bytes += utf8Bytes(paragraph) + 1;
  }
  const tagCount = 2 + Math.floor(random() * 4);
  const tags = [...new Set(Array.from({ length: tagCount }, () => pick(material.tags, random)))];
  return { index, title, source, author, date, headings, paragraphs, tags };
}

/** Generates `count` articles; the words depend only on `seed`, formats on `seed` and `plainTextOnly`. */
export function generateArticles(material: CorpusMaterial, options: GenerateOptions): GeneratedArticle[] {
  const seed = options.seed ?? 1;
  const contentRandom = createRandom(seed);
  // A stream of its own, so that choosing formats never changes the words.
  const formatRandom = createRandom(seed ^ 0x5bd1e995);
  return Array.from({ length: options.count }, (_, index) => {
    const content = makeContent(material, index, contentRandom, options.bodyBytes ?? 5700);
    const [formatRoll, encodingRoll] = [formatRandom(), formatRandom()];
    if (options.plainTextOnly) return { ...renderArticle(content, 'txt', 'utf-8'), format: 'txt', encoding: 'utf-8', content };
    const format: ArticleFormat = formatRoll < 0.1 ? 'md' : formatRoll < 0.2 ? 'html' : 'txt';
    // Markdown is a recent habit; nobody writes it in a Windows code page.
    const encoding: ArticleEncoding = format !== 'md' && encodingRoll < WINDOWS_1256_SHARE ? 'windows-1256' : 'utf-8';
    return { ...renderArticle(content, format, encoding), format, encoding, content };
  });
}

/** Writes the articles into `folder` (created if missing) and returns the files' paths. */
export function writeArticles(folder: string, articles: readonly GeneratedArticle[]): string[] {
  mkdirSync(folder, { recursive: true });
  return articles.map((article) => {
    const path = join(folder, article.fileName);
    writeFileSync(path, article.bytes);
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, count = '2000'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!folder) throw new Error('usage: npx tsx scripts/bench/generate-articles.ts <folder> [count] [--txt]');
  const articles = generateArticles(corpusMaterial(readSeedTexts()), { count: Number(count), plainTextOnly: process.argv.includes('--txt') });
  writeArticles(folder, articles);
  const bytes = articles.reduce((sum, a) => sum + a.bytes.length, 0);
  console.log(`${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB, in ${folder}`);
}
