/** A rectangle in the overlay's coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Joins the client rects of one highlighted range into one box per line, so the overlay has no
 * seams between words or bidi runs (Arabic text with Latin words or numbers yields several rects
 * per line). Rects are already in overlay coordinates; empty ones are dropped.
 */
export function lineBoxes(rects: readonly Box[]): Box[] {
  const lines: Box[] = [];
  const sorted = rects.filter((r) => r.width > 0.5 && r.height > 0.5).sort((a, b) => a.top - b.top || a.left - b.left);
  for (const rect of sorted) {
    const line = lines.find((l) => overlapsVertically(l, rect));
    if (!line) {
      lines.push({ ...rect });
      continue;
    }
    const right = Math.max(line.left + line.width, rect.left + rect.width);
    const bottom = Math.max(line.top + line.height, rect.top + rect.height);
    line.left = Math.min(line.left, rect.left);
    line.top = Math.min(line.top, rect.top);
    line.width = right - line.left;
    line.height = bottom - line.top;
  }
  return lines;
}

/** Same line when the two overlap by more than half of the shorter one's height. */
function overlapsVertically(a: Box, b: Box): boolean {
  const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return overlap > Math.min(a.height, b.height) / 2;
}
