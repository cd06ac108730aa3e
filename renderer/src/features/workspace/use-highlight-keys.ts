import { useEffect, useRef } from 'react';
import { redoHighlightEdit, undoHighlightEdit } from '../../data/highlight-store';
import { isEditable } from '../../use-document-keys';

interface HighlightKeys {
  canHighlight: boolean;
  highlightWithLastColor: () => void;
  selectedId: string | null;
  deleteSelected: () => void;
  deselect: () => void;
  onUndone: (id: string | null) => void;
}

/**
 * Reader shortcuts: H highlights the selection with the last colour; Delete removes the
 * selected highlight; Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl+Y redoes highlight edits;
 * Escape deselects. Text fields keep their own keys.
 */
export function useHighlightKeys(keys: HighlightKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isEditable(event.target)) return;
      const k = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey))) {
        event.preventDefault();
        void redoHighlightEdit().then(k.onUndone);
      } else if (mod && !event.altKey && key === 'z') {
        event.preventDefault();
        void undoHighlightEdit().then(k.onUndone);
      } else if (!mod && !event.altKey && key === 'h' && k.canHighlight) {
        event.preventDefault();
        k.highlightWithLastColor();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && k.selectedId) {
        event.preventDefault();
        k.deleteSelected();
      } else if (event.key === 'Escape' && k.selectedId) {
        k.deselect();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
