import { describe, expect, it } from 'vitest';
import type { IndexedBlock } from './body-blocks';
import { offsetAtTop, percentThrough, sectionAt } from './reading-location';

const heading = (index: number, start: number, text: string): IndexedBlock => ({ kind: 'heading', index, start, end: start + text.length, text });

describe('offsetAtTop', () => {
  const boxes = [
    { start: 6000, end: 12000, top: 500, bottom: 1500 },
    { start: 0, end: 6000, top: -500, bottom: 500 },
  ];

  it('is the offset the view starts at, in proportion inside the chunk spanning the top', () => {
    expect(offsetAtTop(boxes, 0)).toBe(3000);
    expect(offsetAtTop(boxes, 1000)).toBe(9000);
  });

  it('is the first chunk start above the text (the title), and unknown past what is drawn', () => {
    expect(offsetAtTop(boxes, -900)).toBe(0);
    expect(offsetAtTop(boxes, 2000)).toBeNull();
    expect(offsetAtTop([], 0)).toBeNull();
  });
});

describe('sectionAt', () => {
  const headings = [heading(0, 0, 'المقدمة'), heading(5, 4000, 'الباب الأول'), heading(9, 9000, 'الباب الثاني')];

  it('is the nearest heading at or before the offset', () => {
    expect(sectionAt(headings, 0)?.text).toBe('المقدمة');
    expect(sectionAt(headings, 3999)?.text).toBe('المقدمة');
    expect(sectionAt(headings, 4000)?.text).toBe('الباب الأول');
    expect(sectionAt(headings, 50_000)?.text).toBe('الباب الثاني');
  });

  it('is null before the first heading or without headings', () => {
    expect(sectionAt(headings.slice(1), 100)).toBeNull();
    expect(sectionAt([], 100)).toBeNull();
  });
});

describe('percentThrough', () => {
  it('counts whole percent of the body, clamped', () => {
    expect(percentThrough(100, 100, 1100)).toBe(0);
    expect(percentThrough(600, 100, 1100)).toBe(50);
    expect(percentThrough(5000, 100, 1100)).toBe(100);
    expect(percentThrough(0, 0, 0)).toBe(100);
  });
});
