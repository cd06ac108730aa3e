/**
 * Work that should not hold up the frame a user's action is drawn in: IndexedDB writes and the live
 * queries they wake take several milliseconds on a long book, longer than what the frame itself needs.
 */

/** If no frame comes (a hidden window draws none), the work runs after this long anyway. */
const NO_FRAME_MS = 200;

/**
 * Runs `work` once the next frame is painted (or after a moment when no frame comes); returns a
 * function that cancels it if it has not run yet.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  if (typeof requestAnimationFrame !== 'function') {
    // No frames to wait for (the unit tests' Node).
    const timeout = setTimeout(work, 0);
    return () => clearTimeout(timeout);
  }
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    work();
  };
  const frame = requestAnimationFrame(() => {
    // The frame's paint follows its animation callbacks: a task queued now runs after it.
    clearTimeout(fallback);
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, NO_FRAME_MS);
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
  return cancel;
}

/** Resolves once the next frame is painted (see afterNextPaint). */
export const nextPaint = () => new Promise<void>((resolve) => void afterNextPaint(resolve));
