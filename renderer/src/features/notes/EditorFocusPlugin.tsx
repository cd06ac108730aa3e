import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** Notes just made to be written in at once ("New note" on a selection), until their editor opens. */
const waiting = new Set<string>();

/** Asks the editor of note `noteId`, when it next opens, to take focus with the caret at its end. */
export function focusEditorWhenOpened(noteId: string): void {
  waiting.add(noteId);
}

/**
 * Puts the caret at the end of a note that was asked for with focusEditorWhenOpened, so typing goes
 * into it: after "New note" on a selection, focus was left on the page (or, where the side panel
 * lies over the text, on its Close button) and what the user typed went nowhere.
 */
export function EditorFocusPlugin({ noteId }: { noteId: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!waiting.delete(noteId)) return;
    // After the panel that shows the note has placed focus for itself.
    const frame = requestAnimationFrame(() => editor.focus(undefined, { defaultSelection: 'rootEnd' }));
    return () => cancelAnimationFrame(frame);
  }, [editor, noteId]);
  return null;
}
