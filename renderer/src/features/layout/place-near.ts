/** Where a small dialog goes: beside the control that opened it, inside the window. Pure geometry. */

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const GAP = 8;

/**
 * The top-left corner for a box of `size` near `anchor`: below it if it fits, else above it, else
 * as low as the window allows; centred on it across, moved in to stay `GAP` from the edges. With no
 * anchor the box is centred in the window.
 */
export function positionNear(anchor: Rect | null, size: { width: number; height: number }, view: { width: number; height: number }): { top: number; left: number } {
  const clamp = (value: number, max: number) => Math.max(GAP, Math.min(value, max - GAP));
  if (!anchor) return { top: clamp((view.height - size.height) / 2, view.height - size.height), left: clamp((view.width - size.width) / 2, view.width - size.width) };
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top = below + size.height <= view.height - GAP ? below : above >= GAP ? above : view.height - GAP - size.height;
  const centre = (anchor.left + anchor.right) / 2;
  return { top: clamp(top, view.height - size.height), left: clamp(centre - size.width / 2, view.width - size.width) };
}

/** Moves an open dialog next to `anchor` (see positionNear). */
export function placeNear(dialog: HTMLElement, anchor: Rect | null, view: { width: number; height: number }): void {
  const { top, left } = positionNear(anchor, { width: dialog.offsetWidth, height: dialog.offsetHeight }, view);
  // Viewport geometry is physical (getBoundingClientRect), so these two are too.
  dialog.style.top = `${top}px`;
  dialog.style.left = `${left}px`;
}
