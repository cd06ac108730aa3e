/** Arrow keys within a group of buttons that is one Tab stop (roving tabindex): pure, so RTL is tested. */

/**
 * The index a key moves to among `count` items from `current`, or null when the key is not one the
 * group uses. Arrows follow the reading direction: in right-to-left, ← is the next item. Wraps.
 */
export function rovingTarget(key: string, current: number, count: number, direction: 'ltr' | 'rtl'): number | null {
  if (count === 0) return null;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return (current + 1) % count;
  if (key === back || key === 'ArrowUp') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
