import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A page with frames that never come (as in a window about to close), and its document's visibility. */
function stubPage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return { win, doc };
}

describe('work after the next paint', () => {
  it.each(['pagehide', 'beforeunload'])('runs at once, in order, on %s, and only once', async (event) => {
    const { win } = stubPage();
    const { afterNextPaint } = await import('./after-paint');
    const ran: string[] = [];
    afterNextPaint(() => ran.push('first'));
    afterNextPaint(() => ran.push('second'));
    const cancel = afterNextPaint(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]);
    win.dispatchEvent(new Event(event));
    expect(ran).toEqual(['first', 'second']);
    win.dispatchEvent(new Event(event));
    expect(ran).toEqual(['first', 'second']);
  });

  it('runs at once when the page is hidden, not when it is shown', async () => {
    const { doc } = stubPage();
    const { afterNextPaint } = await import('./after-paint');
    const ran: string[] = [];
    afterNextPaint(() => ran.push('write'));
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(ran).toEqual([]);
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(ran).toEqual(['write']);
  });
});
