import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { NOTE_LINK_TYPE, type SerializedNoteLink } from '../../core/notes/note-types';
import { NoteLinkView } from './NoteLinkView';

/** An inline link to another note, by id. Its text is drawn by React from data, never as HTML. */
export class NoteLinkNode extends DecoratorNode<JSX.Element> {
  __noteId: string;
  __title: string;

  static override getType(): string {
    return NOTE_LINK_TYPE;
  }

  static override clone(node: NoteLinkNode): NoteLinkNode {
    return new NoteLinkNode(node.__noteId, node.__title, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): NoteLinkNode {
    const data = json as unknown as SerializedNoteLink;
    return $createNoteLinkNode(String(data.noteId), String(data.title ?? ''));
  }

  constructor(noteId: string, title: string, key?: NodeKey) {
    super(key);
    this.__noteId = noteId;
    this.__title = title;
  }

  override exportJSON(): SerializedLexicalNode {
    const json: SerializedNoteLink = { type: NOTE_LINK_TYPE, version: 1, noteId: this.__noteId, title: this.__title };
    return json as unknown as SerializedLexicalNode;
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'note-link-host';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override getTextContent(): string {
    return this.__title;
  }

  getNoteId(): string {
    return this.getLatest().__noteId;
  }

  override decorate(): JSX.Element {
    return <NoteLinkView noteId={this.__noteId} title={this.__title} />;
  }
}

export function $createNoteLinkNode(noteId: string, title: string): NoteLinkNode {
  return $applyNodeReplacement(new NoteLinkNode(noteId, title));
}

export function $isNoteLinkNode(node: LexicalNode | null | undefined): node is NoteLinkNode {
  return node instanceof NoteLinkNode;
}
