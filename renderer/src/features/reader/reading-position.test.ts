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

  it('has no position for a document without body blocks', () => {
    expect(positionAt(0, [])).toBeNull();
  });
});
