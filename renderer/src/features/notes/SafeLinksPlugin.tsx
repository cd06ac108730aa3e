import { AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { isSafeLinkUrl } from '../../core/export/link-safety';

/** A link to anything but a web or mail address becomes its text: the link goes, the words stay. */
function $unwrapUnsafeLink(node: LinkNode): void {
  if (node.isAttached() && !isSafeLinkUrl(node.getURL())) $unwrapNode(node);
}

/**
 * Keeps unsafe URLs (`javascript:`, `data:`, `vbscript:`, `file:`…) out of the note however a
 * link comes in: pasted HTML, the Markdown link shortcut, or content stored before this check.
 * Returns the cleanup.
 */
export function registerSafeLinks(editor: LexicalEditor): () => void {
  return mergeRegister(editor.registerNodeTransform(LinkNode, $unwrapUnsafeLink), editor.registerNodeTransform(AutoLinkNode, $unwrapUnsafeLink));
}

/** The note editor's link guard (see registerSafeLinks); renders nothing. */
export function SafeLinksPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSafeLinks(editor), [editor]);
  return null;
}
