/**
 * What changed between two drawings of one chunk's highlights, so the layer touches only that: a
 * colour click adds one highlight, a colour change moves one highlight's ranges from one painted
 * colour to another, and the other highlights of the chunk keep their ranges and measured boxes.
 */

/** One highlight as drawn: where it is in the text and the paint it is drawn with. */
export interface PaintedHighlight {
  id: string;
  start: number;
  end: number;
  /** The registry name it is painted under (style and colour). */
  paint: string;
}

export interface PaintDiff<T extends PaintedHighlight> {
  /** New, or now over other text (its old drawing is in `removed`). */
  added: T[];
  /** Gone, or moved to other text. */
  removed: T[];
  /** Same text, another paint: its ranges move from one paint to the other. */
  repainted: { before: T; after: T }[];
}

/** The changes that turn the drawing `before` into `after` (matched by id; order does not matter). */
export function diffPainted<T extends PaintedHighlight>(before: readonly T[], after: readonly T[]): PaintDiff<T> {
  const old = new Map(before.map((h) => [h.id, h]));
  const diff: PaintDiff<T> = { added: [], removed: [], repainted: [] };
  for (const next of after) {
    const previous = old.get(next.id);
    old.delete(next.id);
    if (!previous) diff.added.push(next);
    else if (previous.start !== next.start || previous.end !== next.end) {
      diff.removed.push(previous);
      diff.added.push(next);
    } else if (previous.paint !== next.paint) diff.repainted.push({ before: previous, after: next });
  }
  diff.removed.push(...old.values());
  return diff;
}

/** Whether the diff changes nothing. */
export const isEmptyDiff = (diff: PaintDiff<PaintedHighlight>) => diff.added.length === 0 && diff.removed.length === 0 && diff.repainted.length === 0;
