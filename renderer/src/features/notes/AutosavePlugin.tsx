import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, mergeRegister } from 'lexical';
import { useEffect, useRef } from 'react';

interface AutosavePluginProps {
  /** Called with the serialized editor state to store. */
  onSave: (content: string) => void;
  /** Changes within this time after a save are coalesced into the next one. */
  intervalMs?: number;
}

/**
 * Saves as the user types: the first change is saved at once, later ones at most every
 * `intervalMs` (the newest state wins). Pending changes are saved on blur, when the editor goes
 * away (switching note or document) and when the page is hidden or unloaded.
 */
export function AutosavePlugin({ onSave, intervalMs = 250 }: AutosavePluginProps) {
  const [editor] = useLexicalComposerContext();
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  useEffect(() => {
    let pending: string | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSave = -Infinity;

    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (pending === null) return;
      const content = pending;
      pending = null;
      lastSave = performance.now();
      save.current(content);
    };
    const schedule = () => {
      const wait = lastSave + intervalMs - performance.now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
        // Selection moves and the initial load are not changes.
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty()) return;
        pending = JSON.stringify(editorState.toJSON());
        schedule();
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      flush();
      unregister();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [editor, intervalMs]);

  return null;
}
