import { useEffect, useRef, type RefObject } from 'react';

/**
 * A toast's time on screen: it goes after `visibleMs`, but never while the pointer is over it or
 * focus is inside it (a keyboard user who has reached its Undo button does not lose it mid-way),
 * and it has its whole time again once they leave. The timer is the toast's own: the parent
 * drawing again (a new `onDismiss` each render) does not start it over.
 *
 * @param news what the toast tells; a new one (another deletion) gives it its whole time again.
 * @returns the ref to put on the toast's element.
 */
export function useDismissTimer<T extends HTMLElement>(visibleMs: number, onDismiss: () => void, news?: unknown): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const latest = useRef(onDismiss);
  useEffect(() => {
    latest.current = onDismiss;
  });
  useEffect(() => {
    const toast = ref.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), visibleMs);
    };
    const hold = () => clearTimeout(timer);
    const focusInside = () => toast !== null && toast.contains(document.activeElement);
    const onPointerLeave = () => {
      if (!focusInside()) start();
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (!(to instanceof Node && toast?.contains(to)) && !toast?.matches(':hover')) start();
    };
    start();
    toast?.addEventListener('pointerenter', hold);
    toast?.addEventListener('focusin', hold);
    toast?.addEventListener('pointerleave', onPointerLeave);
    toast?.addEventListener('focusout', onFocusOut);
    return () => {
      clearTimeout(timer);
      toast?.removeEventListener('pointerenter', hold);
      toast?.removeEventListener('focusin', hold);
      toast?.removeEventListener('pointerleave', onPointerLeave);
      toast?.removeEventListener('focusout', onFocusOut);
    };
  }, [visibleMs, news]);
  return ref;
}
