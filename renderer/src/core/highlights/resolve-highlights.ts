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

/** Reading order: by start, then longer first, then oldest first. */
const readingOrder = (a: AnchoredHighlight, b: AnchoredHighlight) => a.start - b.start || b.end - a.end || a.highlight.createdAt - b.highlight.createdAt;

/** Above this many highlights new since the last call, sorting them all is as quick as putting each in place. */
const INSERTED_AT_MOST = 32;

/**
 * Returns a resolver for one document text: it anchors highlights (normalising the text once)
 * and sorts them for display. Selectors never change after a highlight is made, so each
 * highlight is anchored once and remembered; a new highlight costs one anchoring, not all.
 * Each call also builds on the one before: a highlight given as the same object gets the same
 * anchored entry, and the reading order is the last one with the few new entries put in place
 * (a colour click on a long book adds or changes one of thousands), not a sort of them all.
 * Stored selectors are never rewritten: a later corpus fix can bring an orphan back.
 */
export function createHighlightResolver(text: string): HighlightResolver {
  const context = createAnchorContext(text);
  const results = new Map<string, AnchorResult>();
  let entries = new WeakMap<Highlight, AnchoredHighlight>();
  let lastOrder: AnchoredHighlight[] = [];
  return (highlights) => {
    const nextEntries = new WeakMap<Highlight, AnchoredHighlight>();
    const kept = new Set<AnchoredHighlight>();
    const added: AnchoredHighlight[] = [];
    const orphans: Highlight[] = [];
    for (const highlight of highlights) {
      const before = entries.get(highlight);
      if (before) {
        nextEntries.set(highlight, before);
        kept.add(before);
        continue;
      }
      let result = results.get(highlight.id);
      if (!result) {
        result = anchor(context, highlight.selectors);
        results.set(highlight.id, result);
      }
      if (result.status === 'orphan') {
        orphans.push(highlight);
        continue;
      }
      const entry = { highlight, start: result.start, end: result.end, moved: result.status !== 'exact' };
      nextEntries.set(highlight, entry);
      added.push(entry);
    }
    let anchored: AnchoredHighlight[];
    if (added.length > INSERTED_AT_MOST) anchored = [...kept, ...added].sort(readingOrder);
    else {
      anchored = kept.size === lastOrder.length ? lastOrder.slice() : lastOrder.filter((entry) => kept.has(entry));
      for (const entry of added) anchored.splice(placeOf(anchored, entry), 0, entry);
    }
    // Orphans are remembered by their anchoring only: they are few, and sorted afresh.
    orphans.sort((a, b) => a.createdAt - b.createdAt);
    entries = nextEntries;
    lastOrder = anchored;
    return { anchored, orphans };
  };
}

/** Where `entry` goes in `sorted` (reading order): after every entry that does not come after it. */
function placeOf(sorted: readonly AnchoredHighlight[], entry: AnchoredHighlight): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (readingOrder(sorted[mid]!, entry) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Anchors and sorts one document's highlights in one go. */
export function resolveHighlights(text: string, highlights: readonly Highlight[]): ResolvedHighlights {
  return createHighlightResolver(text)(highlights);
}
