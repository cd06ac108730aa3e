import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import { lineBoxes, type Box } from './line-boxes';
import { blockNodes, clientBoxes } from './text-dom';
import { CSS_HIGHLIGHTS, useCssHighlights } from './use-css-highlights';
import { useDragThrough } from './use-drag-through';

interface DrawnHighlight {
  id: string;
  color: string;
  style: string;
  /** Whether the highlight starts in this part of the text (its note mark goes there). */
  startsHere: boolean;
  boxes: Box[];
}

/** One highlight's boxes, measured over [start, end). */
interface MeasuredBoxes {
  start: number;
  end: number;
  boxes: Box[];
}

interface HighlightLayerProps {
  /** The stretch of the original text this layer's container renders. */
  start: number;
  end: number;
  /** All anchored highlights of the document, in reading order; the layer draws those in its stretch. */
  highlights: readonly AnchoredHighlight[];
  selectedId: string | null;
  /** Highlights that have a note, marked at their start. */
  notedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

/** The highlights overlapping [start, end): a binary search for those starting before its end, then a filter. */
function inStretch(highlights: readonly AnchoredHighlight[], start: number, end: number): AnchoredHighlight[] {
  let low = 0;
  let high = highlights.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (highlights[mid]!.start < end) low = mid + 1;
    else high = mid;
  }
  // Everything before `low` starts before the stretch ends; keep those that end inside it.
  return highlights.slice(0, low).filter((h) => h.end > start);
}

const signatureOf = (highlights: readonly AnchoredHighlight[]) =>
  highlights.map(({ highlight, start, end }) => `${highlight.id}:${start}:${end}:${highlight.color}:${highlight.style}`).join('|');

/**
 * The highlights over one rendered chunk of the text (the element this layer is put in). They are
 * painted behind the text with the CSS Custom Highlight API, and each also gets transparent boxes
 * over its lines from the ranges' client rects (foliate-js style), which take clicks. Boxes are
 * measured against the chunk, so chunks mounting, unmounting or growing elsewhere never move them;
 * a highlight's boxes are measured when it arrives (or moves in the text), and all of them again
 * only when this chunk's own size changes (font, width, font size).
 * The text nodes are never split, so selecting and copying keep working. Where the API is
 * missing, the boxes themselves are tinted.
 */
export const HighlightLayer = memo(function HighlightLayer({ start, end, highlights, selectedId, notedIds, onSelect }: HighlightLayerProps) {
  const layerRef = useRef<HTMLDivElement | null>(null);
  const containerRef = useRef<HTMLElement | null>(null);
  const setLayer = useCallback((element: HTMLDivElement | null) => {
    layerRef.current = element;
    containerRef.current = element?.parentElement ?? null;
  }, []);

  // A new array on every change anywhere in the document; kept when this stretch's highlights are the same.
  const candidates = useMemo(() => inStretch(highlights, start, end), [highlights, start, end]);
  const [own, setOwn] = useState(candidates);
  if (candidates !== own && signatureOf(candidates) !== signatureOf(own)) setOwn(candidates);

  useCssHighlights(containerRef, own);

  const [drawn, setDrawn] = useState<DrawnHighlight[]>([]);
  // Boxes as measured, by highlight: a change measures only the highlights it brought (a colour
  // click, one), since measuring reads layout; all are measured again when the chunk reflows.
  const measured = useRef(new Map<string, MeasuredBoxes>());
  const draw = useCallback(
    (reflowed: boolean) => {
      const container = containerRef.current;
      const layer = layerRef.current;
      if (!container || !layer) return;
      const known = reflowed ? new Map<string, MeasuredBoxes>() : measured.current;
      const kept = new Map<string, MeasuredBoxes>();
      // Layout is read only when something needs measuring: reading it is what costs time.
      let measure: { nodes: ReturnType<typeof blockNodes>; origin: DOMRect } | null = null;
      const next = own.map((h): DrawnHighlight => {
        let boxes = known.get(h.highlight.id);
        if (!boxes || boxes.start !== h.start || boxes.end !== h.end) {
          measure ??= { nodes: blockNodes(container), origin: layer.getBoundingClientRect() };
          boxes = { start: h.start, end: h.end, boxes: lineBoxes(clientBoxes(measure.nodes, h, measure.origin)) };
        }
        kept.set(h.highlight.id, boxes);
        return { id: h.highlight.id, color: h.highlight.color, style: h.highlight.style, startsHere: h.start >= start, boxes: boxes.boxes };
      });
      measured.current = kept;
      setDrawn(next);
    },
    [own, start],
  );

  useLayoutEffect(() => draw(false), [draw]);

  // The chunk's text reflows with the window's width, the font size and the web font arriving: measure again.
  const latestDraw = useRef(draw);
  useLayoutEffect(() => {
    latestDraw.current = draw;
  }, [draw]);
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let last = { width: container.offsetWidth, height: container.offsetHeight };
    const observer = new ResizeObserver(() => {
      const now = { width: container.offsetWidth, height: container.offsetHeight };
      if (now.width === last.width && now.height === last.height) return;
      last = now;
      latestDraw.current(true);
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const dragHandlers = useDragThrough(onSelect);

  return (
    <div className={`highlight-layer${CSS_HIGHLIGHTS ? '' : ' paint-boxes'}`} ref={setLayer} aria-hidden="true">
      {drawn.flatMap((h) =>
        // One flat keyed list: inserting a highlight must not remount the ones after it.
        h.boxes.map((box, i) => (
          <HighlightBox
            key={`${h.id}-${i}`}
            id={h.id}
            color={h.color}
            styleName={h.style}
            box={box}
            selected={h.id === selectedId}
            onMouseDown={dragHandlers.onMouseDown}
          />
        )),
      )}
      {drawn.map((h) => h.startsHere && notedIds.has(h.id) && <NoteMarker key={`note-${h.id}`} id={h.id} boxes={h.boxes} />)}
    </div>
  );
});

/** A small mark at the start (top right, the text being right-to-left) of a highlight with a note. */
function NoteMarker({ id, boxes }: { id: string; boxes: Box[] }) {
  const first = boxes.reduce<Box | null>((best, b) => (!best || b.top < best.top - 1 || (Math.abs(b.top - best.top) <= 1 && b.left + b.width > best.left + best.width) ? b : best), null);
  if (!first) return null;
  return <div className="note-marker" data-note-marker={id} style={{ left: first.left + first.width - 4, top: first.top - 4 }} />;
}

interface HighlightBoxProps {
  id: string;
  color: string;
  styleName: string;
  box: Box;
  selected: boolean;
  onMouseDown: (event: ReactMouseEvent<HTMLElement>) => void;
}

const HighlightBox = memo(function HighlightBox({ id, color, styleName, box, selected, onMouseDown }: HighlightBoxProps) {
  return (
    <div
      data-testid="highlight"
      data-highlight-id={id}
      data-color={color}
      data-style={styleName}
      className={`highlight-box color-${color} style-${styleName}${selected ? ' selected' : ''}`}
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
      onMouseDown={onMouseDown}
    />
  );
});
