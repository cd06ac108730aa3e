import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { ReadingPosition } from '../../data/db';
import { saveReadingPosition } from '../../data/document-state';
import type { IndexedBlock } from './body-blocks';
import { positionAt, scrollTopFor, type BlockBox } from './reading-position';
import type { ReaderNavigator } from './use-reader-navigator';

/**
 * One box per rendered text element (`data-start`): a whole body block, or a piece of a long
 * block, or the part of a block that one chunk holds; each with the share of its block's text it
 * shows. Only what is in the DOM is measured: the chunks near the view.
 */
function measure(container: HTMLElement, blocks: Map<number, IndexedBlock>): BlockBox[] {
  const origin = container.getBoundingClientRect().top - container.scrollTop;
  const boxes = [...container.querySelectorAll<HTMLElement>('[data-start]')].flatMap((el) => {
    const owner = el.closest<HTMLElement>('[data-block-index]');
    const block = owner ? blocks.get(Number(owner.dataset['blockIndex'])) : undefined;
    if (!block) return [];
    const rect = el.getBoundingClientRect();
    const length = block.text.length || 1;
    const from = (Number(el.dataset['start']) - block.start) / length;
    const to = from + (el.textContent?.length ?? 0) / length;
    return [{ index: block.index, top: rect.top - origin, height: rect.height, from, to }];
  });
  return boxes.sort((a, b) => a.top - b.top);
}

/** The original-text offset a stored position points at, to bring its chunk into the DOM. */
function offsetOf(position: ReadingPosition, blocks: Map<number, IndexedBlock>): number {
  const block = blocks.get(position.blockIndex) ?? [...blocks.values()].find((b) => b.index > position.blockIndex);
  return block ? block.start + Math.floor(position.offsetRatio * block.text.length) : 0;
}

const SAVE_DELAY_MS = 300;

/**
 * Restores the stored reading position when a document opens (and keeps it when the layout
 * changes), and stores it as the reader scrolls. The position's text may be far from what is
 * rendered: the navigator brings it into the DOM first.
 */
export function useReadingPosition(
  scrollRef: RefObject<HTMLElement | null>,
  docId: string,
  stored: ReadingPosition | null | undefined,
  layoutKey: string,
  bodyBlocks: IndexedBlock[],
  navigator: ReaderNavigator,
): void {
  const blocks = useMemo(() => new Map(bodyBlocks.map((b) => [b.index, b])), [bodyBlocks]);
  const current = useRef<ReadingPosition | null>(null);
  const restoredFor = useRef<string | null>(null);
  /** Bumped by every restore, so a slower earlier one gives way. */
  const restoring = useRef(0);

  const show = useMemo(
    () => async (container: HTMLElement, position: ReadingPosition) => {
      const run = ++restoring.current;
      await navigator.reveal(offsetOf(position, blocks));
      if (run !== restoring.current || scrollRef.current !== container) return false;
      container.scrollTop = scrollTopFor(position, measure(container, blocks));
      return true;
    },
    [navigator, blocks, scrollRef],
  );

  // Restore once per document, as soon as its stored state has loaded (undefined = still loading).
  // Scrolling is stored only once the restore is done, so the restore's own scrolling is not.
  const savingFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (!container || stored === undefined || restoredFor.current === docId) return;
    restoredFor.current = docId;
    current.current = stored;
    const done = () => {
      savingFor.current = docId;
      navigator.markRestored();
    };
    if (!stored) {
      container.scrollTop = 0;
      done();
      return;
    }
    void show(container, stored).then(() => {
      done();
      // Restored before the text's web font has loaded, the position was measured in the fallback
      // face: once the font is in, show the stored passage again. Not the position read back from
      // scrolling meanwhile: the font's reflow itself scrolls (scroll anchoring), and that reading,
      // taken mid-reflow, could land a block further on.
      if (document.fonts.status !== 'loaded') {
        void document.fonts.ready.then(() => {
          if (savingFor.current === docId) void show(container, stored);
        });
      }
    });
  }, [scrollRef, docId, stored, show, navigator]);

  // A new font size or line height reflows the text: keep the same passage in view.
  const shownLayout = useRef(layoutKey);
  useLayoutEffect(() => {
    const container = scrollRef.current;
    if (shownLayout.current === layoutKey) return;
    shownLayout.current = layoutKey;
    if (container && current.current) void show(container, current.current);
  }, [scrollRef, layoutKey, show]);

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
    // Measured on the next frame (cheap: the rendered chunks only), saved after a pause; on close the DOM may be gone.
    // Right after a jump the chunks at the new place are drawn a frame or two later: measure again then.
    let frame = 0;
    let tries = 0;
    const measureNow = () => {
      frame = 0;
      if (savingFor.current !== docId) return;
      const boxes = measure(container, blocks);
      const top = container.scrollTop;
      const first = boxes[0];
      const aboveBody = first !== undefined && top < first.top && first.index === bodyBlocks[0]?.index && first.from === 0;
      if (!aboveBody && !(boxes.some((b) => b.top <= top) && boxes.some((b) => b.top + b.height > top))) {
        if (++tries < 10) frame = requestAnimationFrame(measureNow);
        return;
      }
      unsaved = positionAt(top, boxes);
      current.current = unsaved;
      timer ??= setTimeout(save, SAVE_DELAY_MS);
    };
    const onScroll = () => {
      tries = 0;
      frame ||= requestAnimationFrame(measureNow);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      container.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      save();
    };
  }, [scrollRef, docId, blocks, bodyBlocks]);
}
