import { useMemo, useRef, useState, type RefObject } from 'react';
import type { VirtualizerHandle } from 'virtua';
import { blockNodes, domRanges, type TextRange } from '../highlights/text-dom';
import { chunkIndexAt, type TextChunk } from './text-chunks';

/** Brings far-away text into the DOM, for whatever needs to measure or select it. */
export interface ReaderNavigator {
  /**
   * Resolves once the chunk holding `offset` is in the DOM, scrolling the view to it first when
   * it is not; false when it could not be mounted (the reader closed meanwhile).
   */
  reveal(offset: number): Promise<boolean>;
  /**
   * Brings a range into the DOM and scrolls it to a third of the way down `scroller`, again on
   * the next frames while the chunks around it are measured and moved; resolves to its DOM
   * ranges (none when it is outside the body).
   */
  showRange(range: TextRange, scroller: HTMLElement): Promise<Range[]>;
  /** Settles once the stored reading position has been shown: a jump made before it would be undone by it. */
  readonly restored: Promise<void>;
  /** Called by the reading position once it has been restored (or there was none). */
  markRestored(): void;
}

// About a second of frames: the virtualiser mounts a chunk within a frame or two of scrolling to it.
const MAX_FRAMES = 60;

// Frames to wait for a jumped-to range to stay in place.
const MAX_PLACING = 8;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function restoreSignal(): { restored: Promise<void>; markRestored: () => void } {
  const signal = { markRestored: () => {} };
  const restored = new Promise<void>((resolve) => {
    signal.markRestored = resolve;
  });
  return { restored, markRestored: () => signal.markRestored() };
}

export function useReaderNavigator(chunks: TextChunk[], handleRef: RefObject<VirtualizerHandle | null>, bodyRef: RefObject<HTMLElement | null>): ReaderNavigator {
  // One per reader, not per navigator: a new navigator (the document object reloaded) must not
  // make jumps wait for a restore that already happened.
  const [{ restored, markRestored }] = useState(restoreSignal);
  // Each jump takes the next number; an older jump still scrolling over the next frames stops as
  // soon as a newer one starts (two quick F3s on a slow machine pulled the view back to the first).
  const latestJump = useRef(0);
  return useMemo(() => {
    const revealFor = async (offset: number, jump: number) => {
      const index = chunkIndexAt(chunks, offset);
      const mounted = () => bodyRef.current?.querySelector(`[data-chunk="${index}"]`) != null;
      // Asked again every few frames: right after the reader mounts, the virtualiser may not
      // have measured its viewport yet and ignores the first request.
      for (let frame = 0; frame < MAX_FRAMES && !mounted() && latestJump.current === jump; frame++) {
        if (frame % 4 === 0) handleRef.current?.scrollToIndex(index);
        await nextFrame();
      }
      return mounted();
    };
    return {
      restored,
      markRestored,
      reveal: (offset: number) => revealFor(offset, ++latestJump.current),
      async showRange(range: TextRange, scroller: HTMLElement) {
        const jump = ++latestJump.current;
        await revealFor(range.start, jump);
        for (let attempt = 0; ; attempt++) {
          const body = bodyRef.current;
          const ranges = body ? domRanges(blockNodes(body), range) : [];
          const first = ranges[0];
          if (!first || attempt === MAX_PLACING || latestJump.current !== jump) return ranges;
          const view = scroller.getBoundingClientRect();
          const off = first.getBoundingClientRect().top - view.top - view.height / 3;
          // Placed, and still in place a frame after: the chunks around it have been measured.
          if (Math.abs(off) < 2 && attempt > 0) return ranges;
          if (Math.abs(off) >= 2) scroller.scrollTop += off;
          await nextFrame();
        }
      },
    };
  }, [chunks, handleRef, bodyRef, restored, markRestored]);
}
