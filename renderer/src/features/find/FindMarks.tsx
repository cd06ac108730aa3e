import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import type { FoundRange } from '../../core/find/find-matches';
import { blockNodes, domRanges } from '../highlights/text-dom';
import { CSS_HIGHLIGHTS, paintRanges } from '../highlights/use-css-highlights';

interface FindMarksProps {
  /** The stretch of the original text the chunk this is put in renders. */
  start: number;
  end: number;
  matches: readonly FoundRange[];
  current: FoundRange | null;
}

/** The matches in [start, end) (matches in reading order): a binary search for the first, then a walk. */
function matchesIn(matches: readonly FoundRange[], start: number, end: number): FoundRange[] {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (matches[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const inside: FoundRange[] = [];
  for (let i = low; i < matches.length && matches[i]!.start < end; i++) inside.push(matches[i]!);
  return inside;
}

/**
 * Marks the find matches in one rendered chunk of the text (the element this is put in) with the
 * CSS Custom Highlight API, the current one apart; the marks go when the chunk unmounts.
 */
export const FindMarks = memo(function FindMarks({ start, end, matches, current }: FindMarksProps) {
  const containerRef = useRef<HTMLElement | null>(null);
  const setMarker = useCallback((element: HTMLElement | null) => {
    containerRef.current = element?.parentElement ?? null;
  }, []);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!CSS_HIGHLIGHTS || !container) return;
    const inside = matchesIn(matches, start, end);
    if (inside.length === 0) return;
    const nodes = blockNodes(container);
    const others = inside.filter((m) => m !== current).flatMap((m) => domRanges(nodes, m));
    const mine = current && inside.includes(current) ? domRanges(nodes, current) : [];
    const removers = [paintRanges('qiraa-find', others), paintRanges('qiraa-find-current', mine)];
    return () => {
      for (const remove of removers) remove();
    };
  }, [matches, current, start, end]);

  return <span hidden ref={setMarker} />;
});
