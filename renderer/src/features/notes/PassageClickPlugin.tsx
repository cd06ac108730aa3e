import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getNearestNodeFromDOMNode, $isElementNode, CLICK_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';
import { $isPassageLinkNode } from './PassageLinkNode';

/**
 * A click on a quoted passage (not on its button) puts the caret just after it, at the start of
 * the block that follows, or in a new paragraph when the passage ends the note. Left alone, the
 * click lands in the passage's uneditable content: the editor keeps focus, and typing goes nowhere.
 */
export function PassageClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const target = event.target instanceof Element ? event.target : null;
          if (!target?.closest('.passage-link-host') || target.closest('button, a')) return false;
          const node = $getNearestNodeFromDOMNode(target);
          const passage = $isPassageLinkNode(node) ? node : node?.getParents().find($isPassageLinkNode);
          if (!passage) return false;
          const next = passage.getNextSibling();
          if ($isElementNode(next)) next.selectStart();
          else {
            const paragraph = $createParagraphNode();
            passage.insertAfter(paragraph);
            paragraph.select();
          }
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
