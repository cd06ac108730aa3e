// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $createLinkNode } from '@lexical/link';
import { registerMarkdownShortcuts } from '@lexical/markdown';
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $insertNodes, $isRangeSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE_TYPES, LEAF_NODE_FIELDS } from '../../core/export/note-content-check';
import { NOTE_NODES, NOTE_TRANSFORMERS } from './note-editor-config';
import { registerSafeLinks } from './SafeLinksPlugin';

function editor(): LexicalEditor {
  const e = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (error) => { throw error; } });
  registerRichText(e);
  registerSafeLinks(e);
  e.update(() => {
    const paragraph = $createParagraphNode();
    $getRoot().clear().append(paragraph);
    paragraph.select();
  }, { discrete: true });
  return e;
}

const stored = (e: LexicalEditor) => JSON.stringify(e.getEditorState().toJSON());

function paste(e: LexicalEditor, html: string): void {
  e.update(() => {
    const dom = new DOMParser().parseFromString(html, 'text/html');
    $insertNodes($generateNodesFromDOM(e, dom));
  }, { discrete: true });
}

const UNSAFE = ['javascript:alert(document.cookie)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'file:///C:/Windows/win.ini'];

describe('links in a note', () => {
  it.each(UNSAFE)('a pasted link to %s keeps its text and loses the link', (url) => {
    const e = editor();
    paste(e, `<p>انظر <a href="${url}">هذا المصدر</a> للمزيد</p>`);
    const content = stored(e);
    expect(content).not.toContain(url.slice(0, 8));
    expect(content).not.toContain('"type":"link"');
    expect(e.getEditorState().read(() => $getRoot().getTextContent())).toContain('انظر هذا المصدر للمزيد');
  });

  it('a pasted web link stays a link', () => {
    const e = editor();
    paste(e, '<p><a href="https://www.aljazeera.net/news">الجزيرة</a></p>');
    expect(stored(e)).toContain('"url":"https://www.aljazeera.net/news"');
  });

  it('the Markdown link shortcut makes no javascript: link', async () => {
    const e = editor();
    const stop = registerMarkdownShortcuts(e, NOTE_TRANSFORMERS);
    for (const char of '[اضغط](javascript:alert(1)) ') {
      e.update(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(char);
      }, { discrete: true });
      await new Promise((resolve) => setTimeout(resolve));
    }
    await new Promise((resolve) => setTimeout(resolve));
    expect(stored(e)).not.toContain('javascript:');
    stop();
  });

  it('a link made in code (as a stored note holds it) is unwrapped too', () => {
    const e = editor();
    e.update(() => {
      $getRoot().clear().append($createParagraphNode().append($createLinkNode('javascript:alert(1)').append($createTextNode('هنا'))));
    }, { discrete: true });
    expect(stored(e)).not.toContain('javascript:');
    expect(e.getEditorState().read(() => $getRoot().getTextContent())).toBe('هنا');
  });

  it('an unsafe link already in the stored content is unwrapped when the editor opens it', () => {
    const source = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (error) => { throw error; } });
    source.update(() => $getRoot().append($createParagraphNode().append($createLinkNode('data:text/html,x').append($createTextNode('قديم')))), { discrete: true });
    const e = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (error) => { throw error; } });
    e.setEditorState(e.parseEditorState(stored(source)));
    registerSafeLinks(e);
    e.update(() => {}, { discrete: true });
    expect(stored(e)).not.toContain('data:');
    expect(e.getEditorState().read(() => $getRoot().getTextContent())).toBe('قديم');
  });
});

describe('the node types restore accepts', () => {
  it('are exactly those of the note editor and Lexical’s own', () => {
    const editorTypes = new Set([...NOTE_NODES.map((klass) => klass.getType()), 'root', 'paragraph', 'text', 'linebreak', 'tab']);
    expect(new Set([...ELEMENT_NODE_TYPES, ...Object.keys(LEAF_NODE_FIELDS)])).toEqual(editorTypes);
  });
});
