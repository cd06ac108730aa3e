/**
 * Serialized Lexical editor state (a note's `content`) as Markdown, read as plain JSON so it needs
 * no editor: headings, paragraphs, quotes, nested lists, bold/italic/strike/code/highlight, links,
 * and the notes' own note and passage links (written with note-link-markdown's syntax). Links
 * other than http(s) and mailto are written as their text only. Text is escaped, so characters
 * the note holds as text stay text.
 */
import { NOTE_LINK_TYPE, PASSAGE_LINK_TYPE } from '../notes/note-types';
import { isSafeLinkUrl } from './link-safety';
import { escapeLineStart, escapeMarkdownInline } from './markdown-escape';
import { noteLinkMarkdown, passageLinkMarkdown } from './note-link-markdown';

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  tag?: unknown;
  listType?: unknown;
  start?: unknown;
  url?: unknown;
  children?: unknown;
  noteId?: unknown;
  title?: unknown;
  highlightId?: unknown;
  quote?: unknown;
}

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, code: 16, highlight: 128 } as const;

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? (node.children as unknown[]).filter((c): c is LexicalNode => typeof c === 'object' && c !== null) : [];
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function formattedText(node: LexicalNode): string {
  const text = str(node.text);
  const format = typeof node.format === 'number' ? node.format : 0;
  if (text.trim() === '') return text.replace(/\n/g, ' ');
  if (format & FORMAT.code) return codeSpan(text);
  // Emphasis must hug its text in CommonMark: spaces go outside the markers.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  let out = escapeMarkdownInline(core!);
  if (format & FORMAT.highlight) out = `==${out}==`;
  if (format & FORMAT.strikethrough) out = `~~${out}~~`;
  if (format & FORMAT.italic) out = `*${out}*`;
  if (format & FORMAT.bold) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}

function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** Inline content; hard line breaks come out as "\n", which callers turn into their line syntax. */
function inline(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return formattedText(node);
        case 'linebreak':
          return '\n';
        case 'tab':
          return '\t';
        case 'link':
        case 'autolink': {
          // Only web and mail links leave the app; any other URL is dropped and its text kept.
          const text = inline(childrenOf(node));
          return isSafeLinkUrl(str(node.url)) ? `[${text}](${linkDestination(str(node.url))})` : text;
        }
        case NOTE_LINK_TYPE:
          return noteLinkMarkdown(str(node.noteId), str(node.title));
        case PASSAGE_LINK_TYPE:
          return passageLinkMarkdown(str(node.highlightId), str(node.quote));
        default:
          return inline(childrenOf(node));
      }
    })
    .join('');
}

function paragraphLines(text: string): string[] {
  return text.split('\n').map((line) => escapeLineStart(line.trim()));
}

function list(node: LexicalNode, depth: number): string[] {
  const ordered = node.listType === 'number';
  let number = typeof node.start === 'number' ? node.start : 1;
  const lines: string[] = [];
  for (const item of childrenOf(node)) {
    const nested = childrenOf(item).filter((c) => c.type === 'list');
    const own = inline(childrenOf(item).filter((c) => c.type !== 'list'));
    if (own.trim() !== '' || nested.length === 0) {
      const marker = ordered ? `${number++}.` : '-';
      const indent = ' '.repeat(depth);
      const [first = '', ...rest] = paragraphLines(own);
      lines.push(`${indent}${marker} ${first}`, ...rest.map((line) => `${indent}${' '.repeat(marker.length + 1)}${line}`));
    }
    for (const child of nested) lines.push(...list(child, depth + (ordered ? 3 : 2)));
  }
  return lines;
}

function block(node: LexicalNode): string {
  switch (node.type) {
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(str(node.tag))?.[1] ?? 1);
      const text = inline(childrenOf(node)).replace(/\s*\n\s*/g, ' ').trim();
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`;
    }
    case 'quote': {
      const text = inline(childrenOf(node)).trim();
      return text === '' ? '' : paragraphLines(text).map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    }
    case 'list':
      return list(node, 0).join('\n');
    case PASSAGE_LINK_TYPE:
    case NOTE_LINK_TYPE:
      return inline([node]);
    default: {
      const text = inline(childrenOf(node)).trim();
      // A backslash at the end of a line is CommonMark's hard line break.
      return text === '' ? '' : paragraphLines(text).join('\\\n');
    }
  }
}

/**
 * A note's serialized Lexical state as Markdown. Content that is not Lexical JSON yields ''.
 * Empty paragraphs are dropped; blocks are separated by blank lines.
 */
export function lexicalJsonToMarkdown(content: string): string {
  let root: LexicalNode | undefined;
  try {
    root = (JSON.parse(content) as { root?: LexicalNode } | null)?.root;
  } catch {
    return '';
  }
  if (!root || typeof root !== 'object') return '';
  return childrenOf(root)
    .map(block)
    .filter((text) => text !== '')
    .join('\n\n');
}
