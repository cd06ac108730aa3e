import { useMemo, type RefObject } from 'react';
import type { VirtualizerHandle } from 'virtua';
import { chunkIndexAt, type TextChunk } from './text-chunks';

/** Brings far-away text into the DOM, for whatever needs to measure or select it. */
export interface ReaderNavigator {
  /**
   * Resolves once the chunk holding `offset` is in the DOM, scrolling the view to it first when
   * it is not; false when it could not be mounted (the reader closed meanwhile).
   */
  reveal(offset: number): Promise<boolean>;
  /** Settles once the stored reading position has been shown: a jump made before it would be undone by it. */
  readonly restored: Promise<void>;
  /** Called by the reading position once it has been restored (or there was none). */
  markRestored(): void;
}

// About a second of frames: the virtualiser mounts a chunk within a frame or two of scrolling to it.
const MAX_FRAMES = 60;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function restoreSignal(): { restored: Promise<void>; markRestored: () => void } {
  const signal = { markRestored: () => {} };
  const restored = new Promise<void>((resolve) => {
    signal.markRestored = resolve;
  });
  return { restored, markRestored: () => signal.markRestored() };
}

export function useReaderNavigator(chunks: TextChunk[], handleRef: RefObject<VirtualizerHandle | null>, bodyRef: RefObject<HTMLElement | null>): ReaderNavigator {
  return useMemo(() => {
    const { restored, markRestored } = restoreSignal();
    return {
      restored,
      markRestored,
      async reveal(offset: number) {
        const index = chunkIndexAt(chunks, offset);
        const mounted = () => bodyRef.current?.querySelector(`[data-chunk="${index}"]`) != null;
        if (mounted()) return true;
        handleRef.current?.scrollToIndex(index);
        for (let frame = 0; frame < MAX_FRAMES && !mounted(); frame++) await nextFrame();
        return mounted();
      },
    };
  }, [chunks, handleRef, bodyRef]);
}
