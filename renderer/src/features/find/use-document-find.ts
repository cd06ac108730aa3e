import { useCallback, type RefObject } from 'react';
import type { FoundRange } from '../../core/find/find-matches';
import { offsetAtViewTop } from '../reader/use-reading-location';
import { selectRanges } from '../workspace/use-focus-range';
import { useFind, type FindState } from './use-find';
import { useFindKeys } from './use-find-keys';

/**
 * "Find in document" for the open document: its keys, and showing a match by bringing it into
 * view (into the DOM first, in a long document) and making it the user's selection, as a search
 * result is shown. Focus stays in the find field.
 */
export function useDocumentFind(
  text: string,
  scrollRef: RefObject<HTMLElement | null>,
  scrollToRange: (range: FoundRange) => Promise<Range[]>,
): FindState {
  const goTo = useCallback(
    (match: FoundRange) => {
      void scrollToRange(match).then(selectRanges);
    },
    [scrollToRange],
  );
  const readingOffset = useCallback(() => (scrollRef.current ? offsetAtViewTop(scrollRef.current) : null) ?? 0, [scrollRef]);
  const find = useFind(text, goTo, readingOffset);
  useFindKeys(find);
  return find;
}
