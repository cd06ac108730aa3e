/**
 * Every change to highlights goes through here, so each one is stored at once and can be undone.
 */
import { describeRange } from '../core/anchoring/selectors';
import { emptyHistory, recordEdit, takeRedo, takeUndo, type EditHistory, type EditStep } from '../core/highlights/edit-history';
import type { Highlight, HighlightColor, HighlightStyle } from '../core/highlights/highlight-types';
import { db } from './db';

let history: EditHistory<Highlight> = emptyHistory();

async function apply(id: string, row: Highlight | null): Promise<void> {
  if (row) await db.highlights.put(row);
  else await db.highlights.delete(id);
}

function idOf(step: EditStep<Highlight>): string {
  return (step.after ?? step.before)!.id;
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

export async function saveNewHighlight(highlight: Highlight): Promise<void> {
  await db.highlights.add(highlight);
  history = recordEdit(history, { before: null, after: highlight });
}

export async function updateHighlight(id: string, change: Partial<Pick<Highlight, 'color' | 'style' | 'tags'>>): Promise<void> {
  const before = await db.highlights.get(id);
  if (!before) return;
  const after: Highlight = { ...before, ...change, modifiedAt: Date.now() };
  await db.highlights.put(after);
  history = recordEdit(history, { before, after });
}

export async function deleteHighlight(id: string): Promise<void> {
  const before = await db.highlights.get(id);
  if (!before) return;
  await db.highlights.delete(id);
  history = recordEdit(history, { before, after: null });
}

/** Undoes the last highlight edit; returns the id it touched, or null when there was none. */
export async function undoHighlightEdit(): Promise<string | null> {
  const taken = takeUndo(history);
  if (!taken) return null;
  history = taken.history;
  await apply(idOf(taken.step), taken.step.before);
  return idOf(taken.step);
}

export async function redoHighlightEdit(): Promise<string | null> {
  const taken = takeRedo(history);
  if (!taken) return null;
  history = taken.history;
  await apply(idOf(taken.step), taken.step.after);
  return idOf(taken.step);
}
