import { ListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Each list item takes its direction from its own text, as paragraphs do: Lexical gives `dir`
 * only to top-level blocks, so an English item in an Arabic list (or the reverse) would take the
 * list's direction and its marker the wrong side. Drawing only: nothing is stored, so opening a
 * note still never changes it.
 */
export function ListItemDirectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(
        ListItemNode,
        (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            // An item with a direction of its own (set from the toolbar of another build) keeps it.
            const element = editor.getElementByKey(key);
            if (element && !element.hasAttribute('dir')) element.dir = 'auto';
          }
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
