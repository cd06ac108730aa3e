import { memo, useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { AnchoredHighlight } from '../../core/highlights/resolve-highlights';
import { lineBoxes, type Box } from './line-boxes';
import { blockNodes, clientBoxes } from './text-dom';
import { useDragThrough } from './use-drag-through';

interface DrawnHighlight {
  id: string;
  color: string;
  style: string;
  boxes: Box[];
}

interface HighlightLayerProps {
  bodyRef: RefObject<HTMLElement | null>;
  highlights: AnchoredHighlight[];
  selectedId: string | null;
  /** Changes whenever the text may have reflowed (font size, line height). */
  layoutKey: string;
  onSelect: (id: string) => void;
}

/**
 * Draws highlights as boxes over the text from the ranges' client rects (foliate-js style):
 * the text nodes are never split, so selecting and copying keep working.
 */
export const HighlightLayer = memo(function HighlightLayer({ bodyRef, highlights, selectedId, layoutKey, onSelect }: HighlightLayerProps) {
  const layerRef = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<DrawnHighlight[]>([]);

  // Boxes per highlight range, valid until the text reflows; a new highlight measures only itself.
  const boxCache = useRef(new Map<string, Box[]>());

  const draw = useCallback(() => {
    const body = bodyRef.current;
    const layer = layerRef.current;
    if (!body || !layer) return;
    const origin = layer.getBoundingClientRect();
    let blocks: ReturnType<typeof blockNodes> | null = null;
    setDrawn(
      highlights.map(({ highlight, start, end }) => {
        const key = `${start}:${end}`;
        let boxes = boxCache.current.get(key);
        if (!boxes) {
          blocks ??= blockNodes(body);
          boxes = lineBoxes(clientBoxes(blocks, { start, end }, origin));
          boxCache.current.set(key, boxes);
        }
        return { id: highlight.id, color: highlight.color, style: highlight.style, boxes };
      }),
    );
  }, [bodyRef, highlights]);

  const redrawAll = useCallback(() => {
    boxCache.current.clear();
    draw();
  }, [draw]);

  useLayoutEffect(draw, [draw]);
  const drawnLayout = useRef(layoutKey);
  useLayoutEffect(() => {
    if (drawnLayout.current === layoutKey) return;
    drawnLayout.current = layoutKey;
    redrawAll();
  }, [layoutKey, redrawAll]);

  // Reflow on window resize, and once the web font has loaded (glyph widths change).
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let lastWidth = body.getBoundingClientRect().width;
    const observer = new ResizeObserver(() => {
      const width = body.getBoundingClientRect().width;
      if (width === lastWidth) return;
      lastWidth = width;
      redrawAll();
    });
    observer.observe(body);
    let live = true;
    void document.fonts.ready.then(() => live && redrawAll());
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [bodyRef, redrawAll]);

  const dragHandlers = useDragThrough(layerRef, onSelect);

  return (
    <div className="highlight-layer" ref={layerRef} aria-hidden="true">
      {drawn.map((h) =>
        h.boxes.map((box, i) => (
          <div
            key={`${h.id}-${i}`}
            data-testid="highlight"
            data-highlight-id={h.id}
            data-color={h.color}
            data-style={h.style}
            className={`highlight-box color-${h.color} style-${h.style}${h.id === selectedId ? ' selected' : ''}`}
            style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            {...dragHandlers}
          />
        )),
      )}
    </div>
  );
});
