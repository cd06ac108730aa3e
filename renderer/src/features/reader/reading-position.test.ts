import { describe, expect, it } from 'vitest';
import { positionAt, scrollTopFor, type BlockBox } from './reading-position';

const boxes: BlockBox[] = [
  { index: 1, top: 0, height: 100 },
  { index: 2, top: 120, height: 200 },
  { index: 4, top: 340, height: 50 },
];

describe('reading positions', () => {
  it('names the first block still in view and how far it has scrolled', () => {
    expect(positionAt(0, boxes)).toEqual({ blockIndex: 1, offsetRatio: 0 });
    expect(positionAt(220, boxes)).toEqual({ blockIndex: 2, offsetRatio: 0.5 });
  });

  it('treats the gap between blocks as the start of the next block', () => {
    expect(positionAt(110, boxes)).toEqual({ blockIndex: 2, offsetRatio: 0 });
  });

  it('restores the same block after the layout changes size', () => {
    const position = positionAt(220, boxes);
    const biggerText = boxes.map((b) => ({ ...b, top: b.top * 2, height: b.height * 2 }));
    expect(scrollTopFor(position!, biggerText)).toBe(440);
  });

  it('falls back to the next block, or the top, when the stored block no longer exists', () => {
    expect(scrollTopFor({ blockIndex: 3, offsetRatio: 0.5 }, boxes)).toBe(340);
    expect(scrollTopFor({ blockIndex: 9, offsetRatio: 0.5 }, boxes)).toBe(0);
  });

  // Block 7 is a long paragraph in three pieces holding a half, a quarter and a quarter of its text.
  const pieces: BlockBox[] = [
    { index: 6, top: 0, height: 100 },
    { index: 7, top: 100, height: 1000, from: 0, to: 0.5 },
    { index: 7, top: 1100, height: 300, from: 0.5, to: 0.75 },
    { index: 7, top: 1400, height: 600, from: 0.75, to: 1 },
  ];

  it('counts the position in a block in pieces by its text, piece by piece', () => {
    expect(positionAt(600, pieces)).toEqual({ blockIndex: 7, offsetRatio: 0.25 });
    expect(positionAt(1250, pieces)).toEqual({ blockIndex: 7, offsetRatio: 0.625 });
    expect(positionAt(1700, pieces)).toEqual({ blockIndex: 7, offsetRatio: 0.875 });
  });

  it('restores a position in a block in pieces to the same piece, whatever the heights of the others', () => {
    for (const top of [600, 1250, 1700, 1400]) expect(scrollTopFor(positionAt(top, pieces)!, pieces)).toBe(top);
    // The first piece reflowed taller: the position stays in the third piece, at the same share of it.
    const reflowed = pieces.map((b) => (b.from === 0 ? { ...b, height: 1500 } : b.index === 7 ? { ...b, top: b.top + 500 } : b));
    expect(scrollTopFor({ blockIndex: 7, offsetRatio: 0.875 }, reflowed)).toBe(2200);
    expect(scrollTopFor({ blockIndex: 7, offsetRatio: 1 }, reflowed)).toBe(2500);
  });

  it('has no position for a document without body blocks', () => {
    expect(positionAt(0, [])).toBeNull();
  });
});
