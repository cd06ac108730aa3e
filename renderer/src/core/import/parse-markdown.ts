/**
 * A Markdown file as a document: the plain text of its blocks, read from markdown-it's tokens
 * (never by pattern-matching the markup), with the metadata its YAML frontmatter states. Raw HTML
 * in the file is dropped, never rendered: the document is text only.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { BlockKind } from '../corpus/corpus-types';
import { buildDocument, type StatedMetadata, type TextBlock } from './build-document';
import type { ParsedDocument } from './import-types';
import { readFrontmatter } from './read-frontmatter';

// `html: true` so that raw HTML is recognised as HTML and dropped, rather than shown as markup.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// Every link is parsed as a link, `javascript:` ones included: only its text is ever kept, and
// a rejected link would otherwise leave its "[text](address)" markup in the reader.
markdown.validateLink = () => true;

const NO_METADATA: StatedMetadata = { title: null, byline: null, source: null, tags: [], publishedAt: null, url: null };
// Text between these inline HTML tags is code or styling, not prose.
const HIDDEN_INLINE_ELEMENTS = /^<(script|style)\b/i;

/** The readable text of an inline token's children: text, code, link text and image alt text. */
function inlineText(children: readonly Token[] | null): string {
  let text = '';
  let hiddenUntil: string | null = null;
  for (const child of children ?? []) {
    if (child.type === 'html_inline') {
      const opening = HIDDEN_INLINE_ELEMENTS.exec(child.content)?.[1];
      if (opening !== undefined) hiddenUntil = `</${opening.toLowerCase()}`;
      else if (hiddenUntil !== null && child.content.toLowerCase().startsWith(hiddenUntil)) hiddenUntil = null;
      continue;
    }
    if (hiddenUntil !== null) continue;
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak') text += ' ';
    else if (child.type === 'hardbreak') text += '\n';
    else if (child.type === 'image') text += inlineText(child.children);
  }
  return text;
}

/** Block tokens to blocks, in reading order. */
function readBlocks(tokens: readonly Token[], hasStatedTitle: boolean): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The innermost quote or list item a paragraph sits in decides its kind.
  const containers: Array<'quote' | 'list-item'> = [];
  let headingKind: BlockKind | null = null;
  let headingLevel = 1;
  let titleTaken = hasStatedTitle;
  let listNumber = '';
  let tableRow: string[] | null = null;

  for (const token of tokens) {
    switch (token.type) {
      case 'blockquote_open':
        containers.push('quote');
        break;
      case 'list_item_open':
        containers.push('list-item');
        // An ordered item keeps its number ("3."): the text may refer to it.
        listNumber = token.info === '' ? '' : `${token.info}${token.markup} `;
        break;
      case 'blockquote_close':
      case 'list_item_close':
        containers.pop();
        break;
      case 'heading_open':
        headingKind = token.tag === 'h1' && !titleTaken ? 'title' : 'heading';
        // `#` is h1 … `######` h6 (and a setext underline h1 or h2): kept, so the outline nests.
        headingLevel = Number(token.tag.slice(1)) || 1;
        if (headingKind === 'title') titleTaken = true;
        break;
      case 'heading_close':
        headingKind = null;
        break;
      case 'tr_open':
        tableRow = [];
        break;
      case 'tr_close':
        blocks.push({ kind: 'paragraph', text: (tableRow ?? []).join(' | ') });
        tableRow = null;
        break;
      case 'inline': {
        const text = inlineText(token.children);
        if (tableRow !== null) tableRow.push(text.trim());
        else if (headingKind === 'heading') blocks.push({ kind: headingKind, text, level: headingLevel });
        else if (headingKind !== null) blocks.push({ kind: headingKind, text });
        else {
          blocks.push({ kind: containers.at(-1) ?? 'paragraph', text: listNumber + text });
          listNumber = '';
        }
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'paragraph', text: token.content });
        break;
      // html_block, hr and the remaining open/close tokens carry no text of their own.
    }
  }
  return blocks;
}

/**
 * Parses a decoded Markdown file. Headings become 'heading' blocks with their level (the first `#`
 * heading the 'title' when the frontmatter gives no title), paragraphs 'paragraph', paragraphs in block
 * quotes 'quote', list items 'list-item', code blocks 'paragraph' with their text as written.
 * The document's text is the blocks' plain text, a blank line apart.
 *
 * @param fileName the file's name; without its extension it is the title of last resort.
 * @param source the whole decoded file.
 */
export function parseMarkdownDocument(fileName: string, source: string): ParsedDocument {
  const { metadata, body } = readFrontmatter(source);
  const stated = metadata ?? NO_METADATA;
  const blocks = readBlocks(markdown.parse(body, {}), stated.title !== null);
  return buildDocument(fileName, blocks, stated);
}
