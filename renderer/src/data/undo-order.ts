/**
 * One clock for the app's separate undo histories (highlight edits, a document deletion), so that
 * Ctrl/⌘+Z undoes whichever undoable action the user took last. Each action takes the next turn.
 */

let turn = 0;

/** A turn later than every one taken before. */
export function nextUndoTurn(): number {
  turn += 1;
  return turn;
}
