import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import { diffPainted, type PaintedHighlight } from './paint-diff';
import { blockNodes, domRanges } from './text-dom';

/** Electron and Chromium have it; elsewhere the hit boxes are painted instead. */
export const CSS_HIGHLIGHTS = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** The registry name a highlight is painted under; app.css styles each with ::highlight(). */
export function paintName(style: string, color: string): string {
  return `qiraa-${style}-${color}`;
}

/**
 * One shared `Highlight` per colour and style: each part of the reader that is in the DOM adds
 * the ranges of its own text when it mounts and takes them out when it unmounts, so the browser
 * only ever holds ranges for text it can show.
 */
export function paintRanges(name: string, ranges: Range[]): () => void {
  let painted = CSS.highlights.get(name);
  if (!painted) {
    painted = new Highlight();
    CSS.highlights.set(name, painted);
  }
  const target = painted;
  for (const range of ranges) target.add(range);
  return () => {
    for (const range of ranges) target.delete(range);
    if (target.size === 0 && CSS.highlights.get(name) === target) CSS.highlights.delete(name);
  };
}

/** Adds ranges to the shared highlight painted under `name`. */
function addToPaint(name: string, ranges: readonly Range[]): void {
  let painted = CSS.highlights.get(name);
  if (!painted) {
    painted = new Highlight();
    CSS.highlights.set(name, painted);
  }
  for (const range of ranges) painted.add(range);
}

/** Takes ranges out of the highlight painted under `name` (and it out of the registry once empty). */
function removeFromPaint(name: string, ranges: readonly Range[]): void {
  const painted = CSS.highlights.get(name);
  if (!painted) return;
  for (const range of ranges) painted.delete(range);
  if (painted.size === 0) CSS.highlights.delete(name);
}

interface PaintedEntry extends PaintedHighlight {
  ranges: Range[];
}

const toPainted = ({ highlight, start, end }: AnchoredHighlight): PaintedHighlight => ({ id: highlight.id, start, end, paint: paintName(highlight.style, highlight.color) });

/**
 * Paints highlights with the CSS Custom Highlight API: the browser draws them behind the text,
 * as it draws the selection, so nothing in the text's DOM changes and no layout is read. Only
 * the text inside `containerRef` (one rendered chunk of the document) is painted. A change touches
 * only what changed (see paint-diff): a new highlight adds its ranges, a colour change moves one
 * highlight's ranges to the other colour; the chunk's other ranges stay as they are.
 */
export function useCssHighlights(containerRef: RefObject<HTMLElement | null>, highlights: readonly AnchoredHighlight[]): void {
  const painted = useRef(new Map<string, PaintedEntry>());
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!CSS_HIGHLIGHTS || !container) return;
    const entries = painted.current;
    const { added, removed, repainted } = diffPainted([...entries.values()], highlights.map(toPainted));
    for (const gone of removed) {
      removeFromPaint(gone.paint, entries.get(gone.id)!.ranges);
      entries.delete(gone.id);
    }
    for (const { before, after } of repainted) {
      const entry = entries.get(before.id)!;
      removeFromPaint(before.paint, entry.ranges);
      addToPaint(after.paint, entry.ranges);
      entry.paint = after.paint;
    }
    if (added.length === 0) return;
    const nodes = blockNodes(container);
    const groups = new Map<string, Range[]>();
    for (const highlight of added) {
      const ranges = domRanges(nodes, highlight);
      entries.set(highlight.id, { ...highlight, ranges });
      const group = groups.get(highlight.paint);
      if (group) group.push(...ranges);
      else groups.set(highlight.paint, ranges.slice());
    }
    for (const [name, ranges] of groups) addToPaint(name, ranges);
  }, [containerRef, highlights]);
  // The chunk leaves the DOM: its ranges leave the paint.
  useLayoutEffect(() => {
    const entries = painted.current;
    return () => {
      for (const entry of entries.values()) removeFromPaint(entry.paint, entry.ranges);
      entries.clear();
    };
  }, []);
}
