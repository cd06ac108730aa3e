/** The nodes and theme every note editor (and the headless tests) use. */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { ELEMENT_TRANSFORMERS, TEXT_FORMAT_TRANSFORMERS, LINK, CHECK_LIST, type Transformer } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { NoteLinkNode } from './NoteLinkNode';
import { PassageLinkNode } from './PassageLinkNode';

export const NOTE_NODES: readonly Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, NoteLinkNode, PassageLinkNode];

export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'note-paragraph',
  quote: 'note-quote',
  heading: { h1: 'note-h1', h2: 'note-h2', h3: 'note-h3', h4: 'note-h3', h5: 'note-h3', h6: 'note-h3' },
  list: { ul: 'note-ul', ol: 'note-ol', listitem: 'note-li', nested: { listitem: 'note-nested' } },
  link: 'note-url',
  text: { bold: 'note-bold', italic: 'note-italic', underline: 'note-underline', strikethrough: 'note-strike', code: 'note-code' },
};

export function reportEditorError(error: Error): void {
  console.error(error);
}

/**
 * Markdown shortcuts for the nodes notes have: headings, quotes, lists, bold/italic/strike, links.
 * Not code blocks (no code node) nor check lists.
 */
export const NOTE_TRANSFORMERS: Transformer[] = [...ELEMENT_TRANSFORMERS.filter((t) => t !== CHECK_LIST), ...TEXT_FORMAT_TRANSFORMERS, LINK];
