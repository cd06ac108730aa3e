/**
 * Undo and redo for record edits, as a pure value: each step remembers the record before and
 * after, so undoing a delete puts back exactly what was deleted (id, colour, tags, times).
 */

export interface EditStep<T> {
  before: T | null;
  after: T | null;
}

export interface EditHistory<T> {
  undo: EditStep<T>[];
  redo: EditStep<T>[];
}

export const MAX_HISTORY = 100;

export function emptyHistory<T>(): EditHistory<T> {
  return { undo: [], redo: [] };
}

/** Records an edit the user just made; a new edit clears what could be redone. */
export function recordEdit<T>(history: EditHistory<T>, step: EditStep<T>): EditHistory<T> {
  return { undo: [...history.undo, step].slice(-MAX_HISTORY), redo: [] };
}

/** Takes the last edit off the undo stack; the caller writes `step.before` back. */
export function takeUndo<T>(history: EditHistory<T>): { history: EditHistory<T>; step: EditStep<T> } | null {
  const step = history.undo[history.undo.length - 1];
  if (!step) return null;
  return { history: { undo: history.undo.slice(0, -1), redo: [...history.redo, step] }, step };
}

/** Takes the last undone edit; the caller writes `step.after` again. */
export function takeRedo<T>(history: EditHistory<T>): { history: EditHistory<T>; step: EditStep<T> } | null {
  const step = history.redo[history.redo.length - 1];
  if (!step) return null;
  return { history: { undo: [...history.undo, step], redo: history.redo.slice(0, -1) }, step };
}
