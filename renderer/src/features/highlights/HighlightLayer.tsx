import { memo, useCallback, useLayoutEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import { lineBoxes, type Box } from './line-boxes';
import { blockNodes, clientBoxes } from './text-dom';
import { CSS_HIGHLIGHTS, useCssHighlights } from './use-css-highlights';
import { useDragThrough } from './use-drag-through';

interface DrawnHighlight {
  id: string;
  color: string;
  style: string;
  boxes: Box[];
}

interface HighlightLayerProps {
  bodyRef: RefObject<HTMLElement | null>;
  layerRef: RefObject<HTMLDivElement | null>;
  /**
   * Boxes per highlight range ("start:end"), valid until the text reflows. Shared with the
   * workspace, which puts in a new highlight's boxes measured from the selection, so painting
   * it needs no layout.
   */
  boxCache: Map<string, Box[]>;
  highlights: AnchoredHighlight[];
  selectedId: string | null;
  /** Highlights that have a note, marked at their start. */
  notedIds: ReadonlySet<string>;
  /** Changes whenever the text may have reflowed (font size, line height). */
  layoutKey: string;
  onSelect: (id: string) => void;
}

/**
 * Highlights are painted behind the text with the CSS Custom Highlight API, and each also gets
 * transparent boxes over its lines from the ranges' client rects (foliate-js style), which take
 * clicks. The text nodes are never split, so selecting and copying keep working. Where the API
 * is missing, the boxes themselves are tinted.
 */
export const HighlightLayer = memo(function HighlightLayer({
  bodyRef,
  layerRef,
  boxCache,
  highlights,
  selectedId,
  notedIds,
  layoutKey,
  onSelect,
}: HighlightLayerProps) {
  const [drawn, setDrawn] = useState<DrawnHighlight[]>([]);
  useCssHighlights(bodyRef, highlights);

  const draw = useCallback(() => {
    const body = bodyRef.current;
    const layer = layerRef.current;
    if (!body || !layer) return;
    // Measured only for ranges not in the cache: reading layout is what costs time.
    let measure: { blocks: ReturnType<typeof blockNodes>; origin: DOMRect } | null = null;
    setDrawn(
      highlights.map(({ highlight, start, end }) => {
        const key = `${start}:${end}`;
        let boxes = boxCache.get(key);
        if (!boxes) {
          measure ??= { blocks: blockNodes(body), origin: layer.getBoundingClientRect() };
          boxes = lineBoxes(clientBoxes(measure.blocks, { start, end }, measure.origin));
          boxCache.set(key, boxes);
        }
        return { id: highlight.id, color: highlight.color, style: highlight.style, boxes };
      }),
    );
  }, [bodyRef, layerRef, boxCache, highlights]);

  const redrawAll = useCallback(() => {
    boxCache.clear();
    draw();
  }, [boxCache, draw]);

  useLayoutEffect(draw, [draw]);
  const drawnLayout = useRef(layoutKey);
  useLayoutEffect(() => {
    if (drawnLayout.current === layoutKey) return;
    drawnLayout.current = layoutKey;
    redrawAll();
  }, [layoutKey, redrawAll]);

  // Reflow on window resize, and once the web font has loaded (glyph widths change). Set up once:
  // re-subscribing on every highlight change would clear the cache each time.
  const latestRedraw = useRef(redrawAll);
  useLayoutEffect(() => {
    latestRedraw.current = redrawAll;
  }, [redrawAll]);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let lastWidth = body.getBoundingClientRect().width;
    const observer = new ResizeObserver(() => {
      const width = body.getBoundingClientRect().width;
      if (width === lastWidth) return;
      lastWidth = width;
      latestRedraw.current();
    });
    observer.observe(body);
    let live = true;
    void document.fonts.ready.then(() => live && latestRedraw.current());
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [bodyRef]);

  const dragHandlers = useDragThrough(layerRef, onSelect);

  return (
    <div className={`highlight-layer${CSS_HIGHLIGHTS ? '' : ' paint-boxes'}`} ref={layerRef} aria-hidden="true">
      {drawn.flatMap((h) =>
        // One flat keyed list: inserting a highlight mid-document must not remount the ones after it.
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
      {drawn.map((h) => notedIds.has(h.id) && <NoteMarker key={`note-${h.id}`} id={h.id} boxes={h.boxes} />)}
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
