import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { $convertFromMarkdownString, TRANSFORMERS } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { contentWithPassageLink } from '../notes/note-content';
import { lexicalJsonToMarkdown } from './lexical-json-markdown';
import { rewriteNoteLinks } from './note-link-markdown';

const md = new MarkdownIt({ html: true });

function editor() {
  return createHeadlessEditor({ nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode], onError: (error) => { throw error; } });
}

/** Real serialized state, as the note editor stores it, from Markdown typed into Lexical. */
function contentFromMarkdown(markdown: string): string {
  const e = editor();
  e.update(() => $convertFromMarkdownString(markdown, TRANSFORMERS), { discrete: true });
  return JSON.stringify(e.getEditorState().toJSON());
}

/** A note whose text is exactly `text`, with no formatting: what pasting plain text gives. */
function contentOfPlainText(text: string): string {
  const e = editor();
  e.update(() => $getRoot().append($createParagraphNode().append($createTextNode(text))), { discrete: true });
  return JSON.stringify(e.getEditorState().toJSON());
}

describe('lexicalJsonToMarkdown', () => {
  it.each([
    ['headings', '# عنوان\n\n### عنوان فرعي'],
    ['emphasis', 'قال **ميلز** إن *الانسحاب* ~~ربما~~ ضروري و `code`'],
    ['a bullet list with a nested list', '- روسيا\n- تركيا\n  - أنقرة'],
    ['a numbered list', '1. الأولى\n2. الثانية'],
    ['a block quote', '> ندعو جميع الأطراف الخارجية'],
    ['a link', 'انظر [المصدر](https://example.org/a_b) هنا'],
  ])('keeps %s as the same Markdown structure', (_, markdown) => {
    const converted = lexicalJsonToMarkdown(contentFromMarkdown(markdown));
    expect(md.render(converted)).toBe(md.render(markdown));
  });

  it.each([
    ['* ليست قائمة'],
    ['# ليس عنواناً'],
    ['a|b و <b>غامق</b> و _مائل_ و [قوس] و `رمز`'],
    ['2021. سنة'],
  ])('escapes %j typed as plain text so it stays text', (text) => {
    const html = md.render(lexicalJsonToMarkdown(contentOfPlainText(text)));
    expect(html).toBe(`<p>${md.utils.escapeHtml(text)}</p>\n`);
  });

  it('writes note and passage links in the exporters’ link syntax', () => {
    const content = JSON.parse(contentWithPassageLink({ highlightId: 'h-1', docId: 'doc', quote: 'ريتشارد ميلز جونيور' })) as { root: { children: object[] } };
    content.root.children.push({ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'انظر ', format: 0, version: 1 }, { type: 'note-link', version: 1, noteId: 'n-2', title: 'خلاصة' }] });
    const seen: string[] = [];
    rewriteNoteLinks(lexicalJsonToMarkdown(JSON.stringify(content)), {
      note: (id, text) => (seen.push(`note ${id} ${text}`), ''),
      passage: (id, text) => (seen.push(`passage ${id} ${text}`), ''),
    });
    expect(seen).toEqual(['note n-2 خلاصة', 'passage h-1 ريتشارد ميلز جونيور']);
  });

  // A note stored before links were checked, or written by another tool, can hold any URL.
  it.each(['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
    'writes the text of a link to %j but not the URL',
    (url) => {
      const content = contentFromMarkdown('انظر [المصدر](https://example.org) هنا').replace('https://example.org', JSON.stringify(url).slice(1, -1));
      expect(JSON.parse(content)).toMatchObject({ root: { children: [{ children: [{}, { type: 'link', url }, {}] }] } });
      const markdown = lexicalJsonToMarkdown(content);
      expect(markdown).toBe('انظر المصدر هنا');
      expect(markdown.toLowerCase()).not.toMatch(/script:|data:|file:/);
    },
  );

  it.each([['https://example.org/ليبيا'], ['mailto:editor@example.org']])('keeps a link to %s', (url) => {
    const content = contentFromMarkdown('انظر [المصدر](https://example.org) هنا').replace('https://example.org', url);
    expect(lexicalJsonToMarkdown(content)).toBe(`انظر [المصدر](${url}) هنا`);
  });

  it('gives an empty string for empty or unreadable content', () => {
    expect(lexicalJsonToMarkdown(contentOfPlainText(''))).toBe('');
    expect(lexicalJsonToMarkdown('not json')).toBe('');
  });
});
