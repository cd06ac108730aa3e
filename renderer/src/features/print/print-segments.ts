/**
 * The printed text of a block cut into pieces at highlight edges, so each highlighted piece can be
 * printed as a <mark> (the CSS Custom Highlight API and the overlay boxes do not print reliably).
 * Pure: offsets into the original text in, pieces out.
 */
import type { HighlightColor, HighlightStyle } from '../../core/highlights/highlight-types';

export interface PrintMark {
  start: number;
  end: number;
  color: HighlightColor;
  style: HighlightStyle;
  /** The highlight's id, so a note printed after the text can refer to its passage. */
  id: string;
}

export interface PrintPiece {
  text: string;
  /** The highlight drawn on this piece (the one starting last, when highlights overlap). */
  mark: PrintMark | null;
}

/** Cuts `text.slice(start, end)` at every highlight edge inside it. */
export function printPieces(text: string, start: number, end: number, marks: readonly PrintMark[]): PrintPiece[] {
  const inside = marks.filter((m) => m.start < end && m.end > start && m.end > m.start);
  const edges = new Set([start, end]);
  for (const m of inside) {
    edges.add(Math.max(start, m.start));
    edges.add(Math.min(end, m.end));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const pieces: PrintPiece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = inside.filter((m) => m.start <= from && m.end >= to);
    const mark = covering.reduce<PrintMark | null>((last, m) => (last === null || m.start >= last.start ? m : last), null);
    const previous = pieces[pieces.length - 1];
    if (previous && previous.mark === mark) previous.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), mark });
  }
  return pieces;
}
