// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isListNode } from '@lexical/list';
import { $convertToMarkdownString, registerMarkdownShortcuts } from '@lexical/markdown';
import { $isHeadingNode, $isQuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isParagraphNode, $isRangeSelection, $isTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { contentWithPassageLink, extractLinks, plainTextOf } from '../../core/notes/note-content';
import { NOTE_NODES, NOTE_TRANSFORMERS } from './note-editor-config';
import { $createNoteLinkNode } from './NoteLinkNode';
import { $isPassageLinkNode } from './PassageLinkNode';

// From seeds/000_14e37202ef5eb1ed.txt.
const PASSAGE = 'دعت الولايات المتحدة إلى الانسحاب الفوري للقوات الروسية والتركية من ليبيا.';

function editor(): LexicalEditor {
  const e = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (error) => { throw error; } });
  registerRichText(e);
  return e;
}

function serialize(e: LexicalEditor): string {
  return JSON.stringify(e.getEditorState().toJSON());
}

/** Types `text` character by character at the end of a new paragraph, as the shortcuts expect. */
async function typeInNewParagraph(e: LexicalEditor, text: string): Promise<void> {
  e.update(() => {
    const paragraph = $createParagraphNode();
    $getRoot().clear().append(paragraph);
    paragraph.select();
  }, { discrete: true });
  for (const char of text) {
    e.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(char);
    }, { discrete: true });
    // The shortcuts transform in an update of their own, queued after the one that typed.
    await new Promise((resolve) => setTimeout(resolve));
  }
}

describe('Markdown shortcuts in a note', () => {
  it.each([
    ['# ', 'a heading', (e: LexicalEditor) => e.getEditorState().read(() => $isHeadingNode($getRoot().getFirstChild()))],
    ['> ', 'a block quote', (e: LexicalEditor) => e.getEditorState().read(() => $isQuoteNode($getRoot().getFirstChild()))],
    ['- ', 'a bulleted list', (e: LexicalEditor) => e.getEditorState().read(() => { const n = $getRoot().getFirstChild(); return $isListNode(n) && n.getListType() === 'bullet'; })],
    ['1. ', 'a numbered list', (e: LexicalEditor) => e.getEditorState().read(() => { const n = $getRoot().getFirstChild(); return $isListNode(n) && n.getListType() === 'number'; })],
  ])('"%s" starts %s', async (typed, _what, check) => {
    const e = editor();
    const stop = registerMarkdownShortcuts(e, NOTE_TRANSFORMERS);
    await typeInNewParagraph(e, typed);
    expect(check(e)).toBe(true);
    stop();
  });

  it('**text** becomes bold', async () => {
    const e = editor();
    const stop = registerMarkdownShortcuts(e, NOTE_TRANSFORMERS);
    await typeInNewParagraph(e, 'قال **ميلز**');
    const bold = e.getEditorState().read(() => $getRoot().getAllTextNodes().find((n) => n.hasFormat('bold'))?.getTextContent());
    expect(bold).toBe('ميلز');
    stop();
  });
});

describe('note content', () => {
  it('round-trips note links and passage links through the stored JSON, and the link model finds them', () => {
    const e = editor();
    e.setEditorState(e.parseEditorState(contentWithPassageLink({ highlightId: 'h1', docId: 'd1', quote: PASSAGE })));
    e.update(() => {
      const paragraph = $getRoot().getLastChild();
      if (!$isParagraphNode(paragraph)) throw new Error('expected a paragraph after the passage');
      paragraph.append($createTextNode('انظر '), $createNoteLinkNode('n2', 'الموقف الروسي'));
    }, { discrete: true });
    const content = serialize(e);
    expect(extractLinks(content)).toEqual({ noteIds: ['n2'], highlightIds: ['h1'] });
    expect(plainTextOf(content)).toBe(`«${PASSAGE}»\nانظر الموقف الروسي`);

    const again = editor();
    again.setEditorState(again.parseEditorState(content));
    expect(serialize(again)).toBe(content);
    expect(again.getEditorState().read(() => $isPassageLinkNode($getRoot().getFirstChild()))).toBe(true);
  });

  it('exports headings as Markdown', async () => {
    const e = editor();
    const stop = registerMarkdownShortcuts(e, NOTE_TRANSFORMERS);
    await typeInNewParagraph(e, '## ليبيا');
    expect(e.getEditorState().read(() => $isHeadingNode($getRoot().getFirstChild()))).toBe(true);
    expect(e.getEditorState().read(() => $convertToMarkdownString(NOTE_TRANSFORMERS))).toBe('## ليبيا');
    stop();
  });
});

describe('pasting HTML into a note', () => {
  it('keeps text and supported formatting, and drops scripts, images and event handlers', () => {
    const html = '<p>قبل <b>عريض</b><img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script> بعد</p><p onclick="alert(1)">&lt;script&gt;alert(1)&lt;/script&gt;</p>';
    const e = editor();
    e.update(() => {
      const dom = new DOMParser().parseFromString(html, 'text/html');
      $getRoot().clear().append(...$generateNodesFromDOM(e, dom).filter((n) => !$isTextNode(n)));
    }, { discrete: true });
    const content = serialize(e);
    expect(content).not.toMatch(/onerror|onclick|img|"script"/i);
    expect(plainTextOf(content)).toMatch(/^قبل عريض ?بعد\n<script>alert\(1\)<\/script>$/);
    const bold = e.getEditorState().read(() => $getRoot().getAllTextNodes().find((n) => n.hasFormat('bold'))?.getTextContent());
    expect(bold).toBe('عريض');
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
