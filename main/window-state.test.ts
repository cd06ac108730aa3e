import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fitBoundsToDisplays, loadWindowState, parseWindowState, trackWindowState } from './window-state';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
const MONITOR_RIGHT = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a valid state', () => {
    const text = '{"x":10,"y":20,"width":1000,"height":700,"isMaximized":true}';
    expect(parseWindowState(text)).toEqual({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true });
  });

  it.each([
    ['a missing file', null],
    ['an empty file', ''],
    ['truncated JSON', '{"x":10,"y":20,"wid'],
    ['a wrong type', '{"x":"10","y":20,"width":1000,"height":700,"isMaximized":false}'],
    ['a missing field', '{"x":10,"y":20,"width":1000,"height":700}'],
    ['a zero width', '{"x":10,"y":20,"width":0,"height":700,"isMaximized":false}'],
    ['a fractional size', '{"x":10,"y":20,"width":10.5,"height":700,"isMaximized":false}'],
    ['an absurd position', '{"x":1e12,"y":20,"width":1000,"height":700,"isMaximized":false}'],
    ['an extra field', '{"x":10,"y":20,"width":1000,"height":700,"isMaximized":false,"zoom":2}'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
  ])('gives null for %s', (_case, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('fitBoundsToDisplays', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    expect(fitBoundsToDisplays(null, [LAPTOP, MONITOR_RIGHT], { width: 1200, height: 820 })).toEqual({
      x: 120,
      y: 28,
      width: 1200,
      height: 820,
    });
  });

  it('keeps bounds that already fit a display', () => {
    const saved = { x: 1600, y: 0, width: 1800, height: 1000 };
    expect(fitBoundsToDisplays(saved, [LAPTOP, MONITOR_RIGHT])).toEqual(saved);
  });

  it('moves bounds that hang off the edge back onto the display they mostly cover', () => {
    expect(fitBoundsToDisplays({ x: 1000, y: 600, width: 800, height: 600 }, [LAPTOP])).toEqual({
      x: 640,
      y: 275,
      width: 800,
      height: 600,
    });
  });

  it('shrinks bounds larger than the display', () => {
    expect(fitBoundsToDisplays({ x: -50, y: -50, width: 3000, height: 2000 }, [LAPTOP])).toEqual(LAPTOP);
  });

  it('centres the window on the primary display when its monitor is gone', () => {
    expect(fitBoundsToDisplays({ x: 2000, y: 100, width: 1000, height: 700 }, [LAPTOP])).toEqual({
      x: 220,
      y: 88,
      width: 1000,
      height: 700,
    });
  });

  it('picks the display with the larger share of a window that straddles two', () => {
    const result = fitBoundsToDisplays({ x: 1300, y: 100, width: 1000, height: 700 }, [LAPTOP, MONITOR_RIGHT]);
    expect(result).toEqual({ x: 1440, y: 100, width: 1000, height: 700 });
  });

  it('leaves saved bounds alone when no display is known', () => {
    expect(fitBoundsToDisplays({ x: 5, y: 5, width: 900, height: 600 }, [])).toEqual({ x: 5, y: 5, width: 900, height: 600 });
  });
});

describe('loading and saving', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qiraa-window-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('treats a missing or corrupt file as no saved state', async () => {
    const file = path.join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    await writeFile(file, '\0\0garbage');
    expect(loadWindowState(file)).toBeNull();
  });

  it('saves normal bounds and the maximised flag when the window closes, and reads them back', async () => {
    const file = path.join(dir, 'window-state.json');
    const win = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 40, y: 30, width: 1100, height: 760 }),
      isMaximized: () => true,
    });
    trackWindowState(win as unknown as BrowserWindow, file);
    win.emit('close');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 40, y: 30, width: 1100, height: 760, isMaximized: true });
    expect(loadWindowState(file)).toEqual({ x: 40, y: 30, width: 1100, height: 760, isMaximized: true });
  });
});
