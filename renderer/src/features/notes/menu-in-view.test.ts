import { describe, expect, it } from 'vitest';
import { inlineShift } from './menu-in-view';

describe('inlineShift', () => {
  it.each([
    ['a menu inside the window stays', { left: 100, right: 324 }, 700, 0],
    ['a menu run off the left edge (an Arabic note) moves right to the margin', { left: -78, right: 146 }, 700, 86],
    ['a menu run off the right edge moves left to the margin', { left: 918, right: 1142 }, 1024, -126],
    ['a menu touching the margins stays', { left: 8, right: 692 }, 700, 0],
    ['a menu wider than the window keeps its start in view', { left: 300, right: 1100 }, 700, -292],
  ])('%s', (_name, box, width, shift) => {
    expect(inlineShift(box, width)).toBe(shift);
  });
});
