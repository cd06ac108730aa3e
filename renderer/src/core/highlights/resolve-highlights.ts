import { anchor, createAnchorContext, type AnchorResult } from '../anchoring/anchor';
import type { Highlight } from './highlight-types';

export interface AnchoredHighlight {
  highlight: Highlight;
  /** Offsets into the current document text. */
  start: number;
  end: number;
  /** True when the stored position no longer held the quote and it was found elsewhere. */
  moved: boolean;
}

export interface ResolvedHighlights {
  /** In reading order: by start, then longer first, then oldest first. */
  anchored: AnchoredHighlight[];
  /** Highlights whose passage is gone, in the order they were made. */
  orphans: Highlight[];
}

export type HighlightResolver = (highlights: readonly Highlight[]) => ResolvedHighlights;

/**
 * Returns a resolver for one document text: it anchors highlights (normalising the text once)
 * and sorts them for display. Selectors never change after a highlight is made, so each
 * highlight is anchored once and remembered; a new highlight costs one anchoring, not all.
 * Stored selectors are never rewritten: a later corpus fix can bring an orphan back.
 */
export function createHighlightResolver(text: string): HighlightResolver {
  const context = createAnchorContext(text);
  const results = new Map<string, AnchorResult>();
  return (highlights) => {
    const anchored: AnchoredHighlight[] = [];
    const orphans: Highlight[] = [];
    for (const highlight of highlights) {
      let result = results.get(highlight.id);
      if (!result) {
        result = anchor(context, highlight.selectors);
        results.set(highlight.id, result);
      }
      if (result.status === 'orphan') orphans.push(highlight);
      else anchored.push({ highlight, start: result.start, end: result.end, moved: result.status !== 'exact' });
    }
    anchored.sort((a, b) => a.start - b.start || b.end - a.end || a.highlight.createdAt - b.highlight.createdAt);
    orphans.sort((a, b) => a.createdAt - b.createdAt);
    return { anchored, orphans };
  };
}

/** Anchors and sorts one document's highlights in one go. */
export function resolveHighlights(text: string, highlights: readonly Highlight[]): ResolvedHighlights {
  return createHighlightResolver(text)(highlights);
}
