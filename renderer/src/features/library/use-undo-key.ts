import { useEffect, useRef } from 'react';
import { highlightUndoTurn } from '../../data/highlight-store';
import { nextUndoTurn } from '../../data/undo-order';
import { isEditable } from '../../use-document-keys';
import { highlightKeyCommand } from '../workspace/highlight-key-command';

/**
 * While a toast offering to undo an action is shown, Ctrl/⌘+Z undoes that action, unless a
 * highlight edit was made since: the most recent undoable action goes first (the highlight keys
 * skip a Ctrl/⌘+Z this takes, which it marks with preventDefault). Text fields keep their own undo.
 *
 * @param news the action the toast offers to undo; a new one takes a new turn.
 */
export function useUndoKey(undo: () => void, news: unknown): void {
  const latest = useRef(undo);
  useEffect(() => {
    latest.current = undo;
  });
  useEffect(() => {
    const turn = nextUndoTurn();
    function onKeyDown(event: KeyboardEvent) {
      // Ctrl/⌘+Z by physical key (KeyZ), the same key in the Arabic layout, where it types "ئ".
      if (highlightKeyCommand(event) !== 'undo' || event.defaultPrevented || isEditable(event.target)) return;
      if (highlightUndoTurn() > turn) return;
      event.preventDefault();
      latest.current();
    }
    // Capture: before the highlight keys' listener on the window.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [news]);
}
