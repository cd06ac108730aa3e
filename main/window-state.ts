/**
 * Remembers where the window was: bounds and maximised state in userData/window-state.json.
 * The geometry is pure; reading and writing take a file path so tests need no Electron.
 */
import { readFileSync } from 'node:fs';
import type { BrowserWindow } from 'electron';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomic-write';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export const DEFAULT_SIZE: Size = { width: 1200, height: 820 };
export const MIN_SIZE: Size = { width: 720, height: 480 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const savedWindowStateSchema = z
  .object({ x: coordinate, y: coordinate, width: length, height: length, isMaximized: z.boolean() })
  .strict();

export type SavedWindowState = z.infer<typeof savedWindowStateSchema>;

/** The saved state in `text`, or null when it is missing, not JSON or not the right shape. */
export function parseWindowState(text: string | null): SavedWindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = savedWindowStateSchema.safeParse(json);
  return result.success ? result.data : null;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centredIn(area: Rect, size: Size): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Bounds that lie wholly on a display. `workAreas` are the displays' work areas, the primary
 * display first. Saved bounds go to the display they overlap most, shrunk and moved to fit;
 * bounds on no display (a monitor was unplugged) or no saved bounds are centred on the primary.
 */
export function fitBoundsToDisplays(saved: Rect | null, workAreas: readonly Rect[], defaultSize: Size = DEFAULT_SIZE): Rect {
  const primary = workAreas[0];
  if (!primary) return { x: 0, y: 0, ...(saved ?? defaultSize) };
  if (!saved) return centredIn(primary, defaultSize);

  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  if (!best) return centredIn(primary, saved);

  const width = Math.min(saved.width, best.width);
  const height = Math.min(saved.height, best.height);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - width),
    y: clamp(saved.y, best.y, best.y + best.height - height),
    width,
    height,
  };
}

/** Reads the saved state; any problem (missing, unreadable, corrupt) means "no saved state". */
export function loadWindowState(filePath: string): SavedWindowState | null {
  try {
    return parseWindowState(readFileSync(filePath, 'utf8'));
  } catch {
    return null;
  }
}

/** Saves the window's state when it closes (synchronously: the app may quit right after). */
export function trackWindowState(win: BrowserWindow, filePath: string): void {
  win.on('close', () => {
    // Normal bounds: where the window returns to when un-maximised.
    const { x, y, width, height } = win.getNormalBounds();
    const state: SavedWindowState = { x, y, width, height, isMaximized: win.isMaximized() };
    try {
      writeFileAtomicSync(filePath, JSON.stringify(state));
    } catch (error) {
      console.warn('Could not save the window state:', error);
    }
  });
}
