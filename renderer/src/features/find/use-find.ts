import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findableText, findMatches, matchAtOrAfter, type FoundMatches, type FoundRange } from '../../core/find/find-matches';

export interface FindState {
  open: boolean;
  query: string;
  /** undefined while the query is being matched. */
  found: FoundMatches | undefined;
  /** Index of the current match in `found.matches`, -1 when there is none. */
  current: number;
  /** Bumped by every request to show the bar (a second Ctrl+F focuses its field again). */
  focusRequest: number;
  show: () => void;
  close: () => void;
  setQuery: (query: string) => void;
  /** Steps to the next (1) or previous (-1) match, wrapping around. */
  step: (direction: 1 | -1) => void;
}

// Matching a book takes some milliseconds: wait for a pause in typing.
const TYPING_PAUSE_MS = 120;
const NONE: FoundMatches = { matches: [], truncated: false };

/**
 * "Find in document": the query, its matches in the document's text and which one is current.
 * `goTo` shows a match (scrolls to it and selects it; the reader brings it into the DOM first);
 * `readingOffset` says where the reader is, so the first match shown is the first one after it.
 */
export function useFind(text: string, goTo: (match: FoundRange) => void, readingOffset: () => number): FindState {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FoundMatches | undefined>(NONE);
  const [current, setCurrent] = useState(-1);
  const [focusRequest, setFocusRequest] = useState(0);
  /** Where focus was when the bar opened: Esc gives it back. */
  const returnTo = useRef<HTMLElement | null>(null);
  // Normalised once per document, when the bar is first opened.
  const findable = useMemo(() => (open || query !== '' ? findableText(text) : null), [text, open, query]);

  useEffect(() => {
    if (!findable) return;
    const timer = setTimeout(() => {
      const result = findMatches(findable, query);
      const first = result.matches.length > 0 ? matchAtOrAfter(result.matches, readingOffset()) : -1;
      setFound(result);
      setCurrent(first);
      const match = result.matches[first];
      if (match) goTo(match);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
    // Matched again only when the query changes, not when the reader scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [findable, query]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const matches = found?.matches ?? [];
      if (matches.length === 0) return;
      const next = (current + direction + matches.length) % matches.length;
      setCurrent(next);
      goTo(matches[next]!);
    },
    [found, current, goTo],
  );

  return {
    open,
    query,
    found,
    current,
    focusRequest,
    show: useCallback(() => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && !active.closest('.find-bar')) returnTo.current = active;
      setOpen(true);
      setFocusRequest((n) => n + 1);
    }, []),
    close: useCallback(() => {
      setOpen(false);
      const target = returnTo.current;
      returnTo.current = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
      else document.querySelector<HTMLElement>('.reader-scroll')?.focus({ preventScroll: true });
    }, []),
    setQuery: useCallback((next: string) => {
      setQuery(next);
      setFound(undefined);
    }, []),
    step,
  };
}
