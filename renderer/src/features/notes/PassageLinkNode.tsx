import { $applyNodeReplacement, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { PASSAGE_LINK_TYPE, type SerializedPassageLink } from '../../core/notes/note-types';
import { PassageLinkView } from './PassageLinkView';

/** A block that quotes a highlighted passage and links to it, by highlight id. */
export class PassageLinkNode extends DecoratorNode<JSX.Element> {
  __highlightId: string;
  __docId: string;
  __quote: string;

  static override getType(): string {
    return PASSAGE_LINK_TYPE;
  }

  static override clone(node: PassageLinkNode): PassageLinkNode {
    return new PassageLinkNode(node.__highlightId, node.__docId, node.__quote, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): PassageLinkNode {
    const data = json as unknown as SerializedPassageLink;
    return $createPassageLinkNode(String(data.highlightId), String(data.docId), String(data.quote ?? ''));
  }

  constructor(highlightId: string, docId: string, quote: string, key?: NodeKey) {
    super(key);
    this.__highlightId = highlightId;
    this.__docId = docId;
    this.__quote = quote;
  }

  override exportJSON(): SerializedLexicalNode {
    const json: SerializedPassageLink = { type: PASSAGE_LINK_TYPE, version: 1, highlightId: this.__highlightId, docId: this.__docId, quote: this.__quote };
    return json as unknown as SerializedLexicalNode;
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'passage-link-host';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return false;
  }

  override getTextContent(): string {
    return `«${this.__quote}»\n`;
  }

  override decorate(): JSX.Element {
    return <PassageLinkView highlightId={this.__highlightId} docId={this.__docId} quote={this.__quote} />;
  }
}

export function $createPassageLinkNode(highlightId: string, docId: string, quote: string): PassageLinkNode {
  return $applyNodeReplacement(new PassageLinkNode(highlightId, docId, quote));
}

export function $isPassageLinkNode(node: LexicalNode | null | undefined): node is PassageLinkNode {
  return node instanceof PassageLinkNode;
}
