/**
 * Work that should not hold up the frame a user's action is drawn in: IndexedDB writes and the live
 * queries they wake take several milliseconds on a long book, longer than what the frame itself needs.
 *
 * Work still waiting is run at once when the page is being left (pagehide, a hidden page,
 * beforeunload, which the desktop window also fires when it closes): a change clicked just
 * before a reload or a close is stored, its IndexedDB transaction started inside that event.
 */

/** If no frame comes (a hidden window draws none), the work runs after this long anyway. */
const NO_FRAME_MS = 200;

/** Work scheduled and not yet run, each with the function that runs it now. */
const waiting = new Set<(leaving: boolean) => void>();
let listening = false;

/** Runs every piece of work still waiting for a paint, now, in the order it was scheduled. */
export function flushAfterPaint(): void {
  for (const run of [...waiting]) run(true);
}

function onHidden(): void {
  if (document.visibilityState === 'hidden') flushAfterPaint();
}

function listenForLeaving(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', flushAfterPaint);
  window.addEventListener('beforeunload', flushAfterPaint);
  document.addEventListener('visibilitychange', onHidden);
}

/**
 * Runs `work` once the next frame is painted (or after a moment when no frame comes, or at once
 * when the page is left first, `leaving` then true: what it starts must be started before it
 * returns); returns a function that cancels it if it has not run yet.
 */
export function afterNextPaint(work: (leaving: boolean) => void): () => void {
  listenForLeaving();
  const timers: ReturnType<typeof setTimeout>[] = [];
  const frames: number[] = [];
  let done = false;
  const cancel = () => {
    done = true;
    waiting.delete(run);
    for (const f of frames) cancelAnimationFrame(f);
    timers.forEach(clearTimeout);
  };
  function run(leaving = false) {
    if (done) return;
    cancel();
    work(leaving);
  }
  waiting.add(run);
  if (typeof requestAnimationFrame !== 'function') {
    // No frames to wait for (the unit tests' Node).
    timers.push(setTimeout(() => run(), 0));
    return cancel;
  }
  // The frame's paint follows its animation callbacks: a task queued then runs after it.
  frames.push(requestAnimationFrame(() => void timers.push(setTimeout(() => run(), 0))));
  timers.push(setTimeout(() => run(), NO_FRAME_MS));
  return cancel;
}

/** Resolves once the next frame is painted (see afterNextPaint). */
export const nextPaint = () => new Promise<void>((resolve) => void afterNextPaint(() => resolve()));
