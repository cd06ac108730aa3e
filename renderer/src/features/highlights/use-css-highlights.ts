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
 * Paints highlights with the CSS Custom Highlight API: the browser draws them behind the text,
 * as it draws the selection, so nothing in the text's DOM changes and no layout is read.
 */
export function useCssHighlights(bodyRef: RefObject<HTMLElement | null>, highlights: AnchoredHighlight[]): void {
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!CSS_HIGHLIGHTS || !body) return;
    const blocks = blockNodes(body);
    const groups = new Map<string, Range[]>();
    for (const { highlight, start, end } of highlights) {
      const name = paintName(highlight.style, highlight.color);
      const ranges = groups.get(name) ?? [];
      ranges.push(...domRanges(blocks, { start, end }));
      groups.set(name, ranges);
    }
    for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
    return () => {
      for (const name of groups.keys()) CSS.highlights.delete(name);
    };
  }, [bodyRef, highlights]);
}
