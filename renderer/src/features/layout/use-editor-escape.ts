import { useEffect } from 'react';
import { focusIsLost } from './focus-when-lost';

/**
 * Where Esc in a note editor leaves focus. Lexical's rich text blurs the editor on Esc, which left
 * focus on the page body; this puts it on the note's entry in the notebook list (else the pane's
 * close button), or on the heading of the highlight whose note it was.
 */
export function escapeTargetOf(editor: Element): HTMLElement | null {
  const pane = editor.closest<HTMLElement>('.note-pane');
  if (pane) {
    const id = pane.dataset['noteId'];
    const item = id ? document.querySelector<HTMLElement>(`[data-testid="note-item"][data-note-id="${CSS.escape(id)}"]`) : null;
    return item ?? pane.querySelector<HTMLElement>('.details-header button');
  }
  const details = editor.closest<HTMLElement>('.highlight-details');
  return details?.querySelector<HTMLElement>('.panel-heading[tabindex]') ?? null;
}

/** Installs the Esc rule for every note editor on the page (see escapeTargetOf). */
export function useEditorEscape(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
      const editor = event.target.closest('[data-testid="note-editor"]');
      if (!editor) return;
      const target = escapeTargetOf(editor);
      // After the editor has handled the key (a suggestion list closes first, without blurring).
      setTimeout(() => {
        if (focusIsLost()) target?.focus();
      });
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
