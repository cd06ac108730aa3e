import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import { bodyBlocks, type IndexedBlock } from './body-blocks';
import { offsetAtTop, percentThrough, sectionAt, type ChunkBox } from './reading-location';

export interface ReadingLocation {
  /** The original-text offset at the top of the view (updated when the percent or the section changes). */
  offset: number;
  /** How far through the body text the top of the view is, in whole percent. */
  percent: number;
  /** The nearest heading at or before the top of the view; null before the first heading. */
  section: IndexedBlock | null;
}

/** The rendered chunks' boxes: only the few near the view are in the DOM, so this stays cheap. */
function chunkBoxes(scroller: HTMLElement): ChunkBox[] {
  return [...scroller.querySelectorAll<HTMLElement>('[data-chunk]')].map((chunk) => {
    const rect = chunk.getBoundingClientRect();
    return { start: Number(chunk.dataset['chunkStart']), end: Number(chunk.dataset['chunkEnd']), top: rect.top, bottom: rect.bottom };
  });
}

/** The original-text offset at the top of the reading view now; null when the text there is not drawn yet. */
export function offsetAtViewTop(scroller: HTMLElement): number | null {
  return offsetAtTop(chunkBoxes(scroller), scroller.getBoundingClientRect().top + 1);
}

/**
 * Where the reader is in the open document, following the scrolling of `scrollRef` (the reading
 * view's scroll container): offset, percent and current section. Measured once per frame at most,
 * and a re-render only when the percent or the section changes.
 */
export function useReadingLocation(scrollRef: RefObject<HTMLElement | null>, document: CorpusDocument): ReadingLocation {
  const { headings, bodyStart, bodyEnd } = useMemo(() => {
    const blocks = bodyBlocks(document);
    return { headings: blocks.filter((b) => b.kind === 'heading'), bodyStart: blocks[0]?.start ?? 0, bodyEnd: blocks.at(-1)?.end ?? 0 };
  }, [document]);
  const [location, setLocation] = useState<ReadingLocation>({ offset: bodyStart, percent: 0, section: null });

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    let tries = 0;
    const update = () => {
      frame = 0;
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 && scroller.scrollTop > 0;
      const offset = atEnd ? bodyEnd : offsetAtViewTop(scroller);
      // After a jump the text at the new place is drawn a frame or two later.
      if (offset === null) {
        if (++tries < 10) frame = requestAnimationFrame(update);
        return;
      }
      const percent = percentThrough(offset, bodyStart, bodyEnd);
      const section = sectionAt(headings, offset);
      setLocation((previous) => (previous.percent === percent && previous.section === section ? previous : { offset, percent, section }));
    };
    const onScroll = () => {
      tries = 0;
      frame ||= requestAnimationFrame(update);
    };
    onScroll();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [scrollRef, headings, bodyStart, bodyEnd]);

  return location;
}
