import { describe, expect, it } from 'vitest';
import { lineBoxes } from './line-boxes';

describe('lineBoxes', () => {
  it('joins the rects of words and bidi runs on one line into a single box', () => {
    const rects = [
      { left: 300, top: 10, width: 80, height: 30 },
      { left: 200, top: 12, width: 90, height: 26 }, // a Latin run, slightly different metrics
      { left: 120, top: 10, width: 70, height: 30 },
    ];
    expect(lineBoxes(rects)).toEqual([{ left: 120, top: 10, width: 260, height: 30 }]);
  });

  it('keeps one box per line for a passage over several lines', () => {
    const rects = [
      { left: 50, top: 60, width: 300, height: 30 },
      { left: 0, top: 20, width: 350, height: 30 },
    ];
    expect(lineBoxes(rects).map((b) => b.top)).toEqual([20, 60]);
  });

  it('drops empty rects such as those of a collapsed line end', () => {
    expect(lineBoxes([{ left: 10, top: 10, width: 0, height: 30 }])).toEqual([]);
  });
});
