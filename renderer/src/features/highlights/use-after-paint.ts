import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../../data/after-paint';

/**
 * `value` as it was after the next paint: a change shows here once the frame that brought it is on
 * screen. For what can follow a frame late (a long book's highlights list, thousands of entries to
 * lay out again) so the change the user asked for (the highlight in the text) is painted first.
 * The latest value is always taken; changes coming faster than frames are taken together.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(() => value);
  const latest = useRef(value);
  const scheduled = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    if (Object.is(shown, value) || scheduled.current) return;
    scheduled.current = afterNextPaint(() => {
      scheduled.current = null;
      setShown(() => latest.current);
    });
  }, [shown, value]);
  useEffect(() => () => scheduled.current?.(), []);
  return shown;
}
