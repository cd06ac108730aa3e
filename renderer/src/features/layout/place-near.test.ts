import { describe, expect, it } from 'vitest';
import { positionNear } from './place-near';

const view = { width: 1000, height: 600 };
const size = { width: 300, height: 120 };

describe('positionNear', () => {
  it('puts the dialog just below its button, centred on it', () => {
    expect(positionNear({ top: 100, bottom: 130, left: 400, right: 500 }, size, view)).toEqual({ top: 138, left: 300 });
  });
  it('puts it above a button near the bottom of the window', () => {
    expect(positionNear({ top: 540, bottom: 570, left: 400, right: 500 }, size, view)).toEqual({ top: 412, left: 300 });
  });
  it('keeps it inside the window beside a button at the edge', () => {
    expect(positionNear({ top: 100, bottom: 130, left: 950, right: 990 }, size, view)).toEqual({ top: 138, left: 692 });
    expect(positionNear({ top: 100, bottom: 130, left: 0, right: 40 }, size, view)).toEqual({ top: 138, left: 8 });
  });
  it('centres it in the window when nothing opened it', () => {
    expect(positionNear(null, size, view)).toEqual({ top: 240, left: 350 });
  });
  it('keeps the top visible when the dialog is taller than the room above and below', () => {
    expect(positionNear({ top: 250, bottom: 280, left: 400, right: 500 }, { width: 300, height: 590 }, view).top).toBe(8);
  });
});
