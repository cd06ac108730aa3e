import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  KEY_DOWN_COMMAND,
  mergeRegister,
} from 'lexical';
import { useEffect } from 'react';
import { $isPassageLinkNode, type PassageLinkNode } from './PassageLinkNode';

/** Puts the caret just after a passage: at the start of the block that follows, or in a new paragraph. */
function $caretAfter(passage: PassageLinkNode): void {
  const next = passage.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  else {
    const paragraph = $createParagraphNode();
    passage.insertAfter(paragraph);
    paragraph.select();
  }
}

/** The passage selected whole, if one is. */
function $selectedPassage(): PassageLinkNode | undefined {
  const selection = $getSelection();
  return $isNodeSelection(selection) ? selection.getNodes().findLast($isPassageLinkNode) : undefined;
}

/**
 * Typing anywhere in a note lands in it. A quoted passage is uneditable: a click on it (not on its
 * button) would leave the caret nowhere, and arrowing onto it selects it whole, where typed text
 * would vanish while the editor keeps focus (the page has no caret to type at). So a click puts
 * the caret just after the passage, and so does a key that types, when a passage is selected,
 * before the browser inserts its character.
 */
export function PassageCaretPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            const target = event.target instanceof Element ? event.target : null;
            if (!target?.closest('.passage-link-host') || target.closest('button, a')) return false;
            const node = $getNearestNodeFromDOMNode(target);
            const passage = $isPassageLinkNode(node) ? node : null;
            if (!passage) return false;
            $caretAfter(passage);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const typing = [...event.key].length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
            const passage = typing ? $selectedPassage() : undefined;
            if (!passage) return false;
            $caretAfter(passage);
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          CONTROLLED_TEXT_INSERTION_COMMAND,
          (eventOrText) => {
            const passage = $selectedPassage();
            const text = typeof eventOrText === 'string' ? eventOrText : eventOrText.data;
            if (!passage || !text) return false;
            if (typeof eventOrText !== 'string') eventOrText.preventDefault();
            $caretAfter(passage);
            const caret = $getSelection();
            if ($isRangeSelection(caret)) caret.insertText(text);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
