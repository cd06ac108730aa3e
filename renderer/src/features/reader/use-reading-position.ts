import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ReadingPosition } from '../../data/db';
import { saveReadingPosition } from '../../data/document-state';
import { positionAt, scrollTopFor, type BlockBox } from './reading-position';

/** One box per body block, or per piece of a block rendered in pieces (its children carrying `data-start`). */
function measure(container: HTMLElement): BlockBox[] {
  const origin = container.getBoundingClientRect().top - container.scrollTop;
  return [...container.querySelectorAll<HTMLElement>('[data-block-index]')].flatMap((el) => {
    const index = Number(el.dataset['blockIndex']);
    const pieces = el.dataset['start'] === undefined ? [...el.querySelectorAll<HTMLElement>(':scope > [data-start]')] : [];
    if (pieces.length === 0) {
      const rect = el.getBoundingClientRect();
      return [{ index, top: rect.top - origin, height: rect.height }];
    }
    const lengths = pieces.map((piece) => piece.textContent?.length ?? 0);
    const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
    let before = 0;
    return pieces.map((piece, i) => {
      const rect = piece.getBoundingClientRect();
      const from = before / total;
      before += lengths[i]!;
      return { index, top: rect.top - origin, height: rect.height, from, to: before / total };
    });
  });
}

const SAVE_DELAY_MS = 300;

/**
 * Restores the stored reading position when a document opens (and keeps it when the layout
 * changes), and stores it as the reader scrolls.
 */
export function useReadingPosition(
  scrollRef: RefObject<HTMLElement | null>,
  docId: string,
  stored: ReadingPosition | null | undefined,
  layoutKey: string,
): void {
  const current = useRef<ReadingPosition | null>(null);
  const restoredFor = useRef<string | null>(null);

  // Restore once per document, as soon as its stored state has loaded (undefined = still loading).
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (!container || stored === undefined || restoredFor.current === docId) return;
    restoredFor.current = docId;
    current.current = stored;
    container.scrollTop = stored ? scrollTopFor(stored, measure(container)) : 0;
    // Restored before the text's web font has loaded, the position was measured in the fallback
    // face: once the font is in, show the same passage again (in a long document the reflow
    // alone moves the view by screens).
    if (stored && document.fonts.status !== 'loaded') {
      void document.fonts.ready.then(() => {
        if (restoredFor.current === docId && current.current && scrollRef.current === container) container.scrollTop = scrollTopFor(current.current, measure(container));
      });
    }
  }, [scrollRef, docId, stored]);

  // A new font size or line height reflows the text: keep the same passage in view.
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (container && current.current) container.scrollTop = scrollTopFor(current.current, measure(container));
  }, [scrollRef, layoutKey]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsaved: ReadingPosition | null = null;
    const save = () => {
      timer = undefined;
      if (unsaved) void saveReadingPosition(docId, unsaved);
      unsaved = null;
    };
    // Measured at once (cheap: one rect per block), saved after a pause; on close the DOM may be gone.
    const onScroll = () => {
      if (restoredFor.current !== docId) return;
      unsaved = positionAt(container.scrollTop, measure(container));
      current.current = unsaved;
      timer ??= setTimeout(save, SAVE_DELAY_MS);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      container.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
      save();
    };
  }, [scrollRef, docId]);
}
