/**
 * What the library bench installs in the page (with addInitScript, so it sees the page from its
 * first byte): long tasks, when start-up is done, and timers for opening a document, a filter
 * keystroke and an import. Everything is timed in the page with performance.now(), whose zero is
 * the navigation's start. The function is serialised into the page: it must not use anything
 * from outside its own body.
 */

export interface ProbeOptions {
  /**
   * How many library entries must be in the DOM for the library to count as listed: items, plus
   * the error entries of files that could not be loaded (today's build fails to fetch some when
   * there are thousands).
   */
  minItems: number;
  /** Documents not to click at start-up (the bundled ones), when another is on screen. */
  avoidIds: string[];
}

export interface ImportOutcome {
  ok: boolean;
  reason?: string;
  startedAt?: number;
  doneAt?: number;
  progressText: string;
  storedDocuments: number | null;
  failures: number;
}

export interface LibraryProbe {
  longTasks: { start: number; duration: number }[];
  startup: { readyAt?: number; listed?: number; failed?: number; clickedId?: string; clickedAt?: number; answeredAt?: number; error?: string };
  importStartedAt?: number;
  /** Items on screen (in the list's visible part), without the open document and `avoid`. */
  visibleItems(avoid: string[]): string[];
  /** Clicks a library item and resolves with the ms until its text is shown and painted. */
  open(docId: string): Promise<number>;
  /** Starts watching for the next keystroke; `keystrokeResult` then says how long the redraw took. */
  armKeystroke(filterSelector: string): void;
  keystrokeResult(): Promise<{ ms: number; redrawn: boolean }>;
  waitImport(expected: number, timeoutMs: number): Promise<ImportOutcome>;
}

export function installLibraryProbe(options: ProbeOptions): void {
  const ITEM = '[data-testid="library-item"]';
  const FAILED = '[data-testid="library"] [data-testid="error"]';
  const now = () => performance.now();
  // A task queued from a frame callback runs once that frame's rendering work is done.
  const afterNextPaint = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(now()), 0)));
  const bodyStart = () => (document.querySelector('[data-testid="reader-body"]')?.textContent ?? '').trim().slice(0, 300);
  const openDocId = () => document.querySelector('[data-testid="reader"]')?.getAttribute('data-doc-id') ?? null;

  const probe: LibraryProbe = {
    longTasks: [],
    startup: {},
    visibleItems(avoid) {
      const list = document.querySelector('[data-testid="library"]')?.getBoundingClientRect();
      const top = Math.max(0, list?.top ?? 0);
      const bottom = Math.min(innerHeight, list?.bottom ?? innerHeight);
      const open = openDocId();
      return [...document.querySelectorAll<HTMLElement>(ITEM)]
        .filter((item) => {
          const box = item.getBoundingClientRect();
          return box.height > 0 && box.top >= top && box.bottom <= bottom;
        })
        .map((item) => item.dataset['docId'] ?? '')
        .filter((id) => id !== '' && id !== open && !avoid.includes(id));
    },
    async open(docId) {
      const item = document.querySelector<HTMLElement>(`${ITEM}[data-doc-id="${CSS.escape(docId)}"]`);
      if (!item) throw new Error(`no library item for ${docId}`);
      const before = bodyStart();
      const shown = () => openDocId() === docId && bodyStart() !== '' && bodyStart() !== before;
      const start = now();
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`${docId} was not shown within 10 s`)), 10_000);
        const observer = new MutationObserver(() => shown() && finish());
        function finish(error?: Error) {
          observer.disconnect();
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        }
        observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-doc-id'] });
        item.click();
        if (shown()) finish();
      });
      return (await afterNextPaint()) - start;
    },
    armKeystroke(filterSelector) {
      const filter = document.querySelector(filterSelector);
      const watched = document.querySelector('[data-testid="library"]')?.parentElement ?? document.body;
      let typedAt: number | undefined;
      let mutations = 0;
      let redrawing = false;
      let report: (result: { ms: number; redrawn: boolean }) => void = () => {};
      const result = new Promise<{ ms: number; redrawn: boolean }>((resolve) => (report = resolve));
      const onInput = (event: Event) => {
        if (typedAt !== undefined) return;
        typedAt = event.timeStamp;
        setTimeout(() => redrawing || report({ ms: NaN, redrawn: false }), 2000);
      };
      // Redrawn once a frame has been painted and the next one brought no further change.
      const settle = async (start: number) => {
        let seen = mutations;
        let end = await afterNextPaint();
        while (mutations !== seen && end - start < 5000) {
          seen = mutations;
          end = await afterNextPaint();
        }
        report({ ms: end - start, redrawn: true });
      };
      const observer = new MutationObserver((records) => {
        if (typedAt === undefined || !records.some((r) => !filter?.contains(r.target))) return;
        mutations++;
        if (!redrawing) void settle(typedAt);
        redrawing = true;
      });
      observer.observe(watched, { childList: true, subtree: true, characterData: true, attributes: true });
      document.addEventListener('keydown', onInput, { capture: true });
      document.addEventListener('beforeinput', onInput, { capture: true });
      probe.keystrokeResult = async () => {
        const outcome = await result;
        observer.disconnect();
        document.removeEventListener('keydown', onInput, { capture: true });
        document.removeEventListener('beforeinput', onInput, { capture: true });
        return outcome;
      };
    },
    keystrokeResult: () => Promise.reject(new Error('armKeystroke first')),
    waitImport(expected, timeoutMs) {
      const deadline = now() + timeoutMs;
      let seen = false;
      const countStored = async (): Promise<number | null> => {
        if (!(await indexedDB.databases()).some((d) => d.name === 'qiraa')) return null;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('qiraa');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          if (!db.objectStoreNames.contains('documents')) return null;
          return await new Promise<number>((resolve, reject) => {
            const request = db.transaction('documents').objectStore('documents').count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        } finally {
          db.close();
        }
      };
      // "٢٬٠٠٠ / ٢٬٠٠٠" and "2,000 of 2,000" read as 2000/2000.
      const readProgress = (text: string) => {
        const ascii = text
          .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
          .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
          .replace(/(\d)[,٬\u00a0\u202f](?=\d{3})/g, '$1');
        const match = /(\d+)\s*(?:\/|من|of)\s*(\d+)/.exec(ascii);
        return match ? { done: Number(match[1]), total: Number(match[2]) } : null;
      };
      return new Promise<ImportOutcome>((resolve) => {
        let progressText = '';
        const tick = async () => {
          const element = document.querySelector('[data-testid="import-progress"]');
          if (element) {
            seen = true;
            progressText = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
          }
          const failures = (element ?? document).querySelectorAll('[data-testid="error"]').length;
          const progress = readProgress(progressText);
          const finished = element ? progress !== null && progress.done === progress.total && progress.total >= expected : seen;
          const at = now();
          if (finished) {
            const storedDocuments = await countStored();
            if (storedDocuments === null || storedDocuments + failures >= expected) {
              resolve({ ok: true, startedAt: probe.importStartedAt, doneAt: at, progressText, storedDocuments, failures });
              return;
            }
          }
          if (at > deadline) {
            const reason = `not done after ${Math.round(timeoutMs / 1000)} s (progress: "${progressText}")`;
            resolve({ ok: false, reason, progressText, storedDocuments: await countStored(), failures });
            return;
          }
          setTimeout(() => void tick(), 50);
        };
        void tick();
      });
    },
  };
  (window as unknown as { __libraryBench: LibraryProbe }).__libraryBench = probe;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the figures say so, as there are none.
  }
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') probe.importStartedAt ??= event.timeStamp;
  }, { capture: true });

  // Start-up is done when the list holds enough items and the reader shows text, painted; then a
  // click on another document, timed until that document is shown.
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (probe.startup.readyAt !== undefined || document.querySelectorAll(`${ITEM}, ${FAILED}`).length < options.minItems || bodyStart() === '') return;
    startupObserver.disconnect();
    setTimeout(() => {
      probe.startup.readyAt = now();
      probe.startup.listed = document.querySelectorAll(ITEM).length;
      probe.startup.failed = document.querySelectorAll(FAILED).length;
      const candidates = probe.visibleItems(options.avoidIds);
      const target = candidates[0] ?? probe.visibleItems([])[0];
      if (!target) {
        probe.startup.error = 'no other document on screen to click';
        return;
      }
      probe.startup.clickedId = target;
      probe.startup.clickedAt = now();
      probe.open(target).then(
        (ms) => (probe.startup.answeredAt = (probe.startup.clickedAt ?? 0) + ms),
        (error: unknown) => (probe.startup.error = String(error)),
      );
    }, 0);
  };
  const startupObserver = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  startupObserver.observe(document, { childList: true, subtree: true, characterData: true });
}
