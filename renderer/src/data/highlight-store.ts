/**
 * Every change to highlights goes through here, so each one is stored at once and can be undone.
 * Deleting a highlight may also delete or detach the note on it; that is one step, and undoing it
 * brings the note back with the highlight.
 */
import { describeRange } from '../core/anchoring/selectors';
import { emptyHistory, recordEdit, takeRedo, takeUndo, type EditHistory, type EditStep } from '../core/highlights/edit-history';
import type { Highlight, HighlightColor, HighlightStyle } from '../core/highlights/highlight-types';
import type { NoteRow } from '../core/notes/note-types';
import { afterNextPaint } from './after-paint';
import { db } from './db';
import { dropPending, forgetPending, showPending } from './pending-highlights';
import { forgetDraft } from './note-journal';
import { nextUndoTurn } from './undo-order';

/** A highlight as one step left it (null: gone), and the note on it when the step changed that too. */
interface HighlightState {
  highlightId: string;
  highlight: Highlight | null;
  note?: { id: string; row: NoteRow | null };
}

/** What happens to the note on a highlight that is deleted. */
export type NoteFate = 'keep-as-free-note' | 'delete';

let history: EditHistory<HighlightState> = emptyHistory();
/** When each step in the history was taken (or redone), on undo-order's clock. */
const turns = new WeakMap<EditStep<HighlightState>, number>();

function record(step: EditStep<HighlightState>, turn = nextUndoTurn()): void {
  history = recordEdit(history, step);
  turns.set(step, turn);
}

/**
 * Edits shown but not yet in the history (a new highlight or a colour change is recorded once
 * stored, after its frame is painted), each with the turn it took when the user made it. Undo and
 * redo wait for them, so Ctrl/⌘+Z pressed at once undoes that edit, not the one before it.
 */
const inFlight = new Map<Promise<void>, number>();

/** Runs `work`, an edit to be recorded with `turn` when stored, as one in flight until it settles. */
function inFlightEdit(turn: number, work: Promise<void>): Promise<void> {
  inFlight.set(work, turn);
  const settled = () => {
    inFlight.delete(work);
  };
  work.then(settled, settled);
  return work;
}

/** Waits for the edits in flight; callers skip it when there are none, so an undo is shown in the same task. */
async function editsStored(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled(inFlight.keys());
}

/** The turn of the edit Ctrl/⌘+Z would undo next (0 when there is none), to weigh it against other undoable actions. */
export function highlightUndoTurn(): number {
  const step = history.undo[history.undo.length - 1];
  return Math.max(step ? (turns.get(step) ?? 0) : 0, ...inFlight.values());
}

async function apply(state: HighlightState): Promise<void> {
  forgetPending(state.highlightId);
  await db.transaction('rw', db.highlights, db.notes, async () => {
    if (state.highlight) await db.highlights.put(state.highlight);
    else await db.highlights.delete(state.highlightId);
    if (!state.note) return;
    if (state.note.row) await db.notes.put(state.note.row);
    else {
      forgetDraft(state.note.id);
      await db.notes.delete(state.note.id);
    }
  });
}

/**
 * A new highlight over `text.slice(start, end)` of a document's original text, not yet stored:
 * the reader paints it at once and stores it with `saveNewHighlight`.
 */
export function newHighlight(
  docId: string,
  text: string,
  range: { start: number; end: number },
  color: HighlightColor,
  style: HighlightStyle,
): Highlight {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    docId,
    color,
    style,
    tags: [],
    selectors: describeRange(text, range.start, range.end),
    sortIndex: range.start,
    createdAt: now,
    modifiedAt: now,
  };
}

/**
 * Stores a new highlight once the frame that paints it is on screen: the write wakes the live
 * query of the document's highlights, and on a long book re-reading them would delay that frame.
 * If the page is left first, it is stored at once (see after-paint).
 */
export function saveNewHighlight(highlight: Highlight): Promise<void> {
  const turn = nextUndoTurn();
  return inFlightEdit(
    turn,
    new Promise<void>((resolve, reject) => {
      afterNextPaint((leaving) => {
        // Leaving, it is stored already: put, not add.
        store(highlight, leaving, (row) => (leaving ? db.highlights.put(row) : db.highlights.add(row))).then(() => {
          record({ before: { highlightId: highlight.id, highlight: null }, after: { highlightId: highlight.id, highlight } }, turn);
          resolve();
        }, reject);
      });
    }),
  );
}

/**
 * Stores `row` with Dexie's `write`. When the page is being left, `row` is first written and its
 * transaction committed before this returns, beneath Dexie: the page may not run again, and
 * Dexie's put reads the old row before writing (for its live queries) and leaves the commit to a
 * later task. Dexie's write then follows in a later task (for the live queries, if the page stays
 * open but hidden): started at once, its transaction would queue the other rows' writes behind
 * one that is never committed.
 */
function store<T>(row: Highlight, leaving: boolean, write: (row: Highlight) => Promise<T>): Promise<T> {
  if (!leaving) return write(row);
  const idb = db.backendDB();
  try {
    const transaction = idb.transaction('highlights', 'readwrite');
    transaction.objectStore('highlights').put(row);
    transaction.commit();
  } catch {
    // Dexie's write after this one reports the failure.
  }
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => write(row));
}

/** How long a stored change stays listed as pending: the live query has long re-read it by then. */
const PENDING_AFTER_WRITE_MS = 2000;

let lastStamp = 0;
/** A modification time later than any given before, so a change shown is newer than the row it replaces. */
function stamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/**
 * Shows `row` at once in place of the stored one and stores it once that frame is painted (at once
 * if the page is left first: the write is started inside the leaving event, no read before it).
 * A failed write takes the shown row back and rejects.
 */
function showThenStore(row: Highlight): Promise<void> {
  showPending(row);
  return new Promise<void>((resolve, reject) => {
    afterNextPaint((leaving) => {
      store(row, leaving, (row) => db.highlights.put(row)).then(
        () => {
          setTimeout(() => dropPending(row), PENDING_AFTER_WRITE_MS);
          resolve();
        },
        (error: unknown) => {
          dropPending(row);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  });
}

/**
 * Changes a highlight's colour, style or tags. Given the highlight as shown, the change is shown
 * at once (see pending-highlights) and stored after that frame is painted; if storing fails it is
 * taken back and the error thrown, for the caller to tell the user.
 */
export async function updateHighlight(id: string, change: Partial<Pick<Highlight, 'color' | 'style' | 'tags'>>, shown?: Highlight): Promise<void> {
  if (shown) {
    const after: Highlight = { ...shown, ...change, modifiedAt: stamp() };
    const turn = nextUndoTurn();
    await inFlightEdit(
      turn,
      showThenStore(after).then(() => record({ before: { highlightId: id, highlight: shown }, after: { highlightId: id, highlight: after } }, turn)),
    );
    return;
  }
  const before = await db.highlights.get(id);
  if (!before) return;
  const after: Highlight = { ...before, ...change, modifiedAt: stamp() };
  await db.highlights.put(after);
  record({ before: { highlightId: id, highlight: before }, after: { highlightId: id, highlight: after } });
}

/** Deletes a highlight, and deletes or detaches the note on it (if any), as one undoable step. */
export async function deleteHighlight(id: string, noteFate: NoteFate = 'keep-as-free-note'): Promise<void> {
  const step = await db.transaction('rw', db.highlights, db.notes, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) return null;
    const note = await db.notes.where('highlightId').equals(id).first();
    const noteAfter = note && noteFate === 'keep-as-free-note' ? { ...note, highlightId: null, modifiedAt: Date.now() } : null;
    const before: HighlightState = { highlightId: id, highlight, ...(note && { note: { id: note.id, row: note } }) };
    const after: HighlightState = { highlightId: id, highlight: null, ...(note && { note: { id: note.id, row: noteAfter } }) };
    await apply(after);
    return { before, after };
  });
  if (step) record(step);
}

/**
 * Brings a highlight back to `state`. A step that only changed the highlight (its colour, style or
 * tags) is shown at once and stored after the frame is painted, like the change itself was; on a
 * failed write the history is put back as it was and the error thrown, for the caller to report.
 */
async function restore(state: HighlightState, other: HighlightState | null, previous: EditHistory<HighlightState>): Promise<void> {
  if (state.highlight && other?.highlight && !state.note) {
    const taken = history;
    try {
      await showThenStore({ ...state.highlight, modifiedAt: stamp() });
    } catch (error) {
      // Back as it was, unless another edit came meanwhile.
      if (history === taken) history = previous;
      throw error;
    }
    return;
  }
  await apply(state);
}

/** Whether a highlight is stored (an undone new highlight is not, once the undo is stored). */
export async function isHighlightStored(id: string): Promise<boolean> {
  return (await db.highlights.get(id)) !== undefined;
}

/** Undoes the last highlight edit; returns the highlight id it touched, or null when there was none. */
export async function undoHighlightEdit(): Promise<string | null> {
  if (inFlight.size > 0) await editsStored();
  const taken = takeUndo(history);
  if (!taken) return null;
  const previous = history;
  history = taken.history;
  await restore(taken.step.before!, taken.step.after, previous);
  return taken.step.before!.highlightId;
}

export async function redoHighlightEdit(): Promise<string | null> {
  if (inFlight.size > 0) await editsStored();
  const taken = takeRedo(history);
  if (!taken) return null;
  const previous = history;
  history = taken.history;
  turns.set(taken.step, nextUndoTurn());
  await restore(taken.step.after!, taken.step.before, previous);
  return taken.step.after!.highlightId;
}
