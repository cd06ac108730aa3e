import { useLayoutEffect, type RefObject } from 'react';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
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

/**
 * Paints highlights with the CSS Custom Highlight API: the browser draws them behind the text,
 * as it draws the selection, so nothing in the text's DOM changes and no layout is read. Only
 * the text inside `containerRef` (one rendered chunk of the document) is painted.
 */
export function useCssHighlights(containerRef: RefObject<HTMLElement | null>, highlights: readonly AnchoredHighlight[]): void {
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!CSS_HIGHLIGHTS || !container || highlights.length === 0) return;
    const nodes = blockNodes(container);
    const groups = new Map<string, Range[]>();
    for (const { highlight, start, end } of highlights) {
      const name = paintName(highlight.style, highlight.color);
      const ranges = groups.get(name) ?? [];
      ranges.push(...domRanges(nodes, { start, end }));
      groups.set(name, ranges);
    }
    const removers = [...groups].map(([name, ranges]) => paintRanges(name, ranges));
    return () => {
      for (const remove of removers) remove();
    };
  }, [containerRef, highlights]);
}
