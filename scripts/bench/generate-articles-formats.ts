/**
 * How a generated article is written to disk: as a corpus-style .txt file, as Markdown with YAML
 * frontmatter, or as a simple saved web page; in UTF-8 or, for a few, in windows-1256.
 * Pure: an article in, a file name and bytes out.
 */

export type ArticleFormat = 'txt' | 'md' | 'html';
export type ArticleEncoding = 'utf-8' | 'windows-1256';

/** What an article says, before it is given a format. */
export interface ArticleContent {
  /** Zero-based position in the generated set; also what makes file names and URLs unique. */
  index: number;
  title: string;
  /** "المصدر: وكالات" and the like. */
  source: string;
  author: string;
  /** ISO date, e.g. `2021-03-04`. */
  date: string;
  /** Subheadings sit before the paragraph of the same index (Markdown and HTML only). */
  headings: Map<number, string>;
  paragraphs: string[];
  tags: string[];
}

const SITE_NAME = 'أخبار المغرب العربي';

/** The stem every format shares, so that `article-0042.txt` and `article-0042.md` are the same article. */
export function articleStem(index: number): string {
  return `article-${String(index + 1).padStart(4, '0')}`;
}

/** Paragraphs with their subheadings before them, in reading order. */
function bodyLines(article: ArticleContent): { kind: 'heading' | 'paragraph'; text: string }[] {
  return article.paragraphs.flatMap((text, i) => {
    const heading = article.headings.get(i);
    const paragraph = { kind: 'paragraph' as const, text };
    return heading === undefined ? [paragraph] : [{ kind: 'heading' as const, text: heading }, paragraph];
  });
}

/** The shape of the bundled seed files: title, source, one paragraph or subheading per line, one tag per line. */
export function renderText(article: ArticleContent): string {
  return [article.title, article.source, ...bodyLines(article).map((line) => line.text), ...article.tags].join('\n') + '\n';
}

export function renderMarkdown(article: ArticleContent): string {
  // JSON strings are valid YAML double-quoted scalars, so titles with colons need no care.
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `author: ${JSON.stringify(article.author)}`,
    `date: ${article.date}`,
    `tags: [${article.tags.map((tag) => JSON.stringify(tag)).join(', ')}]`,
    '---',
  ];
  const body = bodyLines(article).map((line) => (line.kind === 'heading' ? `## ${line.text}` : line.text));
  return [...frontmatter, '', `*${article.source}*`, '', body.join('\n\n'), ''].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** A page as a browser's "Save page (HTML only)" keeps it: site chrome around one `<article>`. */
export function renderHtml(article: ArticleContent, encoding: ArticleEncoding): string {
  const e = escapeHtml;
  const body = bodyLines(article).map((line) => (line.kind === 'heading' ? `<h2>${e(line.text)}</h2>` : `<p>${e(line.text)}</p>`));
  const url = `https://akhbar.example/news/${articleStem(article.index)}.html`;
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="${encoding}">
<title>${e(article.title)} | ${SITE_NAME}</title>
<meta name="author" content="${e(article.author)}">
<meta property="article:published_time" content="${article.date}">
<link rel="canonical" href="${url}">
</head>
<body>
<header class="site-header"><a href="/">${SITE_NAME}</a>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>
<main>
<article>
<h1>${e(article.title)}</h1>
<p class="byline">بقلم ${e(article.author)} — <time datetime="${article.date}">${article.date}</time></p>
<p class="source">${e(article.source)}</p>
${body.join('\n')}
<ul class="tags">${article.tags.map((tag) => `<li><a href="/tag/${encodeURIComponent(tag)}">${e(tag)}</a></li>`).join('')}</ul>
</article>
<aside><h2>الأكثر قراءة</h2><ul><li><a href="/news/1">${SITE_NAME}</a></li></ul></aside>
</main>
<footer><p>© ${article.date.slice(0, 4)} ${SITE_NAME}</p></footer>
</body>
</html>
`;
}

let windows1256Table: Map<string, number> | undefined;

/**
 * Encodes text as windows-1256 by inverting the browser's (and Node's) decoder table.
 * Throws on a character the code page lacks, so a test notices rather than a file being wrong.
 */
export function encodeWindows1256(text: string): Uint8Array {
  if (!windows1256Table) {
    const decoder = new TextDecoder('windows-1256');
    windows1256Table = new Map();
    for (let byte = 0; byte < 256; byte++) windows1256Table.set(decoder.decode(Uint8Array.of(byte)), byte);
  }
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const byte = windows1256Table.get(char);
    if (byte === undefined) throw new Error(`windows-1256 has no "${char}" (U+${char.codePointAt(0)?.toString(16)})`);
    bytes[length++] = byte;
  }
  return bytes.slice(0, length);
}

/** The file an article becomes. windows-1256 files get Windows line ends, as Notepad saved them. */
export function renderArticle(article: ArticleContent, format: ArticleFormat, encoding: ArticleEncoding): { fileName: string; bytes: Uint8Array } {
  const text = format === 'txt' ? renderText(article) : format === 'md' ? renderMarkdown(article) : renderHtml(article, encoding);
  const fileName = `${articleStem(article.index)}.${format}`;
  if (encoding === 'utf-8') return { fileName, bytes: new TextEncoder().encode(text) };
  return { fileName, bytes: encodeWindows1256(text.replace(/\n/g, '\r\n')) };
}
