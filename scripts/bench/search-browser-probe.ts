/**
 * The in-page half of the Chromium search benchmark, installed before the app's own scripts
 * (`page.addInitScript`). Self-contained: it is serialised into the page, so it uses nothing
 * from outside its own body. It works the same on both builds, through the UI contract's
 * `search-input` and the search box's status line (`.search-box [role="status"]`, which holds
 * the summary of the results on screen).
 *
 * - On every load, as soon as the search field is on screen, it focuses it and types
 *   `startQuery` (one input event); `startup` records when the field appeared and when an
 *   answer listing imported documents was painted (ms since navigation start): the index was
 *   ready by then.
 * - `arm()` before a keystroke and `answered()` after it: keydown (or beforeinput) → the next
 *   answer painted (the status line changed, or went blank for a stale answer and came back,
 *   or the results list's content changed), in the animation frame after the DOM update.
 * - `waitFor(selector)`: when an element appears, in the frame after.
 * - `longTasks`: every main-thread task over 50 ms (PerformanceObserver).
 */

export interface SearchProbe {
  longTasks: { start: number; duration: number }[];
  lastKeyAt: number | null;
  startup: { inputAt?: number; answeredAt?: number };
  arm(): void;
  answered(): Promise<{ keyAt: number; paintedAt: number } | null>;
  waitFor(selector: string, timeoutMs: number): Promise<number | null>;
}

export function installSearchProbe(startQuery: string): void {
  const STATUS = '.search-box [role="status"]';
  const INPUT = '[data-testid="search-input"]';
  /** The results list (the combobox's listbox) in both builds. */
  const LIST = 'search-results';
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

  /** Resolves with the frame time once `done()` holds, checked on every DOM change (or null at the timeout). */
  function whenDom(done: (records: readonly MutationRecord[]) => boolean, timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      let finished = false;
      const finish = (value: number | null) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      };
      const check = (records: readonly MutationRecord[]) => {
        if (!finished && done(records)) void nextFrame().then(finish);
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => finish(null), timeoutMs);
      check([]);
    });
  }

  let armed: { keyAt: number | null; painted: Promise<number | null> } | null = null;
  const statusText = () => document.querySelector(STATUS)?.textContent ?? '';

  const probe: SearchProbe = {
    longTasks: [],
    lastKeyAt: null,
    startup: {},
    arm() {
      const textAtArm = statusText();
      let sawEmpty = textAtArm === '';
      const state: { keyAt: number | null; painted: Promise<number | null> } = { keyAt: null, painted: Promise.resolve(null) };
      state.painted = whenDom((records) => {
        if (state.keyAt === null) return false;
        const text = statusText();
        if (text === '') sawEmpty = true;
        // Today's build shows no blank status in between, and the same count for two prefixes
        // of a word: the list's own content changing (its excerpts) is the answer painted.
        const list = document.getElementById(LIST);
        const listChanged = list !== null && records.some((r) => r.type !== 'attributes' && list.contains(r.target));
        return (text !== '' && (sawEmpty || text !== textAtArm)) || listChanged;
      }, 10_000);
      armed = state;
    },
    async answered() {
      const state = armed;
      if (!state) return null;
      const painted = await state.painted;
      armed = null;
      return painted === null || state.keyAt === null ? null : { keyAt: state.keyAt, paintedAt: painted };
    },
    waitFor(selector, timeoutMs) {
      return whenDom(() => document.querySelector(selector) !== null, timeoutMs);
    },
  };
  // Playwright types a letter off the US layout (all Arabic ones) as inserted text, without a
  // keydown: whichever of keydown and beforeinput comes first is the keystroke.
  const onKey = (event: Event) => {
    probe.lastKeyAt = event.timeStamp;
    if (armed && armed.keyAt === null) armed.keyAt = event.timeStamp;
  };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('beforeinput', onKey, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure reads 0.
  }
  (window as unknown as { __searchBench: SearchProbe }).__searchBench = probe;

  void whenDom(() => document.querySelector(INPUT) !== null, 120_000).then((at) => {
    const input = document.querySelector<HTMLInputElement>(INPUT);
    if (at === null || !input) return;
    probe.startup.inputAt = at;
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, startQuery);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const before = statusText();
    let sawEmpty = before === '';
    void whenDom(() => {
      const text = statusText();
      if (text === '') sawEmpty = true;
      // Today's build answers from the bundled articles first and adds the imported ones once read.
      return text !== '' && (sawEmpty || text !== before) && document.querySelector('[data-testid="search-result"][data-doc-id^="imp-"]') !== null;
    }, 300_000).then((painted) => {
      if (painted !== null) probe.startup.answeredAt = painted;
    });
  });
}
