/**
 * Every change to highlights goes through here, so each one is stored at once and can be undone.
 * Deleting a highlight may also delete or detach the note on it; that is one step, and undoing it
 * brings the note back with the highlight.
 */
import { describeRange } from '../core/anchoring/selectors';
import { emptyHistory, recordEdit, takeRedo, takeUndo, type EditHistory } from '../core/highlights/edit-history';
import type { Highlight, HighlightColor, HighlightStyle } from '../core/highlights/highlight-types';
import type { NoteRow } from '../core/notes/note-types';
import { nextPaint } from './after-paint';
import { db } from './db';
import { dropPending, forgetPending, showPending } from './pending-highlights';
import { forgetDraft } from './note-journal';

/** A highlight as one step left it (null: gone), and the note on it when the step changed that too. */
interface HighlightState {
  highlightId: string;
  highlight: Highlight | null;
  note?: { id: string; row: NoteRow | null };
}

/** What happens to the note on a highlight that is deleted. */
export type NoteFate = 'keep-as-free-note' | 'delete';

let history: EditHistory<HighlightState> = emptyHistory();

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
 */
export async function saveNewHighlight(highlight: Highlight): Promise<void> {
  await nextPaint();
  await db.highlights.add(highlight);
  history = recordEdit(history, { before: { highlightId: highlight.id, highlight: null }, after: { highlightId: highlight.id, highlight } });
}

/** How long a stored change stays listed as pending: the live query has long re-read it by then. */
const PENDING_AFTER_WRITE_MS = 2000;

/**
 * Changes a highlight's colour, style or tags. Given the highlight as shown, the change is shown
 * at once (see pending-highlights) and stored after that frame is painted; if storing fails it is
 * taken back and the error thrown, for the caller to tell the user.
 */
export async function updateHighlight(id: string, change: Partial<Pick<Highlight, 'color' | 'style' | 'tags'>>, shown?: Highlight): Promise<void> {
  const optimistic: Highlight | null = shown ? { ...shown, ...change, modifiedAt: Date.now() } : null;
  if (optimistic) showPending(optimistic);
  try {
    if (optimistic) await nextPaint();
    const before = await db.highlights.get(id);
    if (!before) {
      if (optimistic) dropPending(optimistic);
      return;
    }
    const after: Highlight = { ...before, ...change, modifiedAt: optimistic?.modifiedAt ?? Date.now() };
    await db.highlights.put(after);
    history = recordEdit(history, { before: { highlightId: id, highlight: before }, after: { highlightId: id, highlight: after } });
  } catch (error) {
    if (optimistic) dropPending(optimistic);
    throw error;
  }
  if (optimistic) setTimeout(() => dropPending(optimistic), PENDING_AFTER_WRITE_MS);
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
  if (step) history = recordEdit(history, step);
}

/** Undoes the last highlight edit; returns the highlight id it touched, or null when there was none. */
export async function undoHighlightEdit(): Promise<string | null> {
  const taken = takeUndo(history);
  if (!taken) return null;
  history = taken.history;
  await apply(taken.step.before!);
  return taken.step.before!.highlightId;
}

export async function redoHighlightEdit(): Promise<string | null> {
  const taken = takeRedo(history);
  if (!taken) return null;
  history = taken.history;
  await apply(taken.step.after!);
  return taken.step.after!.highlightId;
}
