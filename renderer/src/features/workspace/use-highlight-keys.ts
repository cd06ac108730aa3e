import { useEffect, useRef } from 'react';
import { redoHighlightEdit, undoHighlightEdit } from '../../data/highlight-store';
import { isEditable } from '../../use-document-keys';
import { highlightKeyCommand } from './highlight-key-command';

interface HighlightKeys {
  canHighlight: boolean;
  highlightWithLastColor: () => void;
  selectedId: string | null;
  deleteSelected: () => void;
  deselect: () => void;
  onUndone: (id: string | null) => void;
  /** An undone or redone change that could not be stored (it is taken back from the screen). */
  onUndoError: (error: unknown) => void;
}

/**
 * Reader shortcuts: H highlights the selection with the last colour; Delete removes the
 * selected highlight; Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl+Y redoes highlight edits;
 * Escape deselects. Letters go by physical key, so they work in the Arabic layout too. Text
 * fields keep their own keys.
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
      const command = highlightKeyCommand(event);
      if (command === 'redo') {
        event.preventDefault();
        void redoHighlightEdit().then(k.onUndone, k.onUndoError);
      } else if (command === 'undo' && !event.defaultPrevented) {
        // Taken already (defaultPrevented) when a more recent action's undo went first: a document deletion's (use-undo-key).
        event.preventDefault();
        void undoHighlightEdit().then(k.onUndone, k.onUndoError);
      } else if (command === 'highlight' && k.canHighlight) {
        event.preventDefault();
        k.highlightWithLastColor();
      } else if (command === 'delete' && k.selectedId) {
        event.preventDefault();
        k.deleteSelected();
      } else if (command === 'deselect' && k.selectedId) {
        k.deselect();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
