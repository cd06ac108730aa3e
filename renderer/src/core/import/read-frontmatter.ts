/**
 * YAML frontmatter at the top of a Markdown file (`---` … `---`): where notes apps and static
 * site generators keep a document's title, author, date and tags.
 */
import { parseDocument } from 'yaml';
import type { StatedMetadata } from './build-document';
import { readHttpUrl, readIsoDate, readNames, readTags, readText } from './metadata-values';

export interface Frontmatter {
  /** What the frontmatter states, or null when there is none or it is not valid YAML. */
  metadata: StatedMetadata | null;
  /** The Markdown after the frontmatter (the whole file when there is none). */
  body: string;
}

const OPENING = /^---[ \t]*$/;
// Jekyll and Hugo close with `---`; YAML's own document end marker `...` is accepted too.
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function readYaml(yaml: string): StatedMetadata | null {
  const document = parseDocument(yaml);
  if (document.errors.length > 0) return null;
  const data: unknown = document.toJS();
  if (!isRecord(data)) return null;
  // Keys are matched without regard to case: "Title:" is as common as "title:".
  const field = (name: string): unknown => Object.entries(data).find(([key]) => key.toLowerCase() === name)?.[1];
  return {
    title: readText(field('title')),
    byline: readNames(field('author') ?? field('authors')),
    source: readText(field('source')),
    tags: readTags(field('tags')),
    publishedAt: readIsoDate(field('date')),
    url: readHttpUrl(field('url')),
  };
}

/**
 * Splits a Markdown file into its frontmatter and its body. Frontmatter must open on the first
 * line and be closed; an unclosed `---` is Markdown (a rule), not frontmatter. Frontmatter that is
 * not valid YAML is set aside and the body imported anyway: the original file is stored beside the
 * document, so nothing in it is lost.
 *
 * @param markdown the whole decoded file.
 */
export function readFrontmatter(markdown: string): Frontmatter {
  const lines = markdown.split('\n');
  if (!OPENING.test((lines[0] ?? '').replace(/\r$/, ''))) return { metadata: null, body: markdown };
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING.test(line.replace(/\r$/, '')));
  if (closing === -1) return { metadata: null, body: markdown };
  return {
    metadata: readYaml(lines.slice(1, closing).join('\n')),
    body: lines.slice(closing + 1).join('\n'),
  };
}
