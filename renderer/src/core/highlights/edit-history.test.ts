import { describe, expect, it } from 'vitest';
import { emptyHistory, MAX_HISTORY, recordEdit, takeRedo, takeUndo } from './edit-history';

type Row = { id: string; color: string };
const yellow: Row = { id: 'h1', color: 'yellow' };
const green: Row = { id: 'h1', color: 'green' };

describe('edit history', () => {
  it('undoes the last edit first and can redo it', () => {
    let history = recordEdit(emptyHistory<Row>(), { before: null, after: yellow });
    history = recordEdit(history, { before: yellow, after: green });
    const undone = takeUndo(history);
    expect(undone?.step.before).toEqual(yellow);
    const redone = takeRedo(undone!.history);
    expect(redone?.step.after).toEqual(green);
    expect(redone?.history.redo).toEqual([]);
  });

  it('undoing a deletion gives back the deleted record itself', () => {
    const history = recordEdit(emptyHistory<Row>(), { before: green, after: null });
    expect(takeUndo(history)?.step).toEqual({ before: green, after: null });
  });

  it('has nothing to undo or redo when empty, and a new edit clears the redo stack', () => {
    expect(takeUndo(emptyHistory<Row>())).toBeNull();
    expect(takeRedo(emptyHistory<Row>())).toBeNull();
    const undone = takeUndo(recordEdit(emptyHistory<Row>(), { before: null, after: yellow }))!;
    expect(recordEdit(undone.history, { before: null, after: green }).redo).toEqual([]);
  });

  it('keeps only the most recent edits', () => {
    let history = emptyHistory<Row>();
    for (let i = 0; i < MAX_HISTORY + 10; i++) history = recordEdit(history, { before: null, after: { id: `h${i}`, color: 'blue' } });
    expect(history.undo).toHaveLength(MAX_HISTORY);
    expect(history.undo[0]?.after?.id).toBe('h10');
  });
});
