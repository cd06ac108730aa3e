/**
 * Measures notes in Chromium on the web build, with 5,000 notes and 10,000 highlights stored:
 * opening the notebook, opening a note, the backlinks query, and keystroke → saved in IndexedDB.
 * And typing in a note of two million characters (`benchLongNote`, also run alone with
 * `npx tsx scripts/bench/notes.ts long`; BENCH_PORT and WEB_OUT_DIR choose the server).
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeRange } from '../../renderer/src/core/anchoring/selectors';
import { splitSentences } from '../../renderer/src/core/anchoring/bench-fixture';
import { derivedFields } from '../../renderer/src/core/notes/note-content';
import { putNote } from '../../e2e/actions';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { startServer } from './paint';
import { defineNameHelper } from './page-names';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4399;
const NOTES = 5_000;
const HIGHLIGHTS = 10_000;
const RUNS = 15;
const DOC = '000_14e37202ef5eb1ed';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;

/** Highlights spread over the corpus documents, and notes: every third on a highlight, all linking to others. */
function makeRows(): { highlights: object[]; notes: object[] } {
  const files = readdirSync(`${root}seeds/`).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => ({ docId: f.replace(/\.txt$/, ''), text: readFileSync(`${root}seeds/${f}`, 'utf8') }));
  const sentences = texts.flatMap((t) => splitSentences(t.text));
  const highlights = Array.from({ length: HIGHLIGHTS }, (_, i) => {
    // Most highlights belong to documents outside the corpus, so opening a document stays as it was.
    const { docId, text } = texts[i % texts.length]!;
    const start = (i * 37) % Math.max(1, text.length - 40);
    return { id: `bh-${i}`, docId: i < 50 ? docId : `bench-doc-${i % 200}`, color: 'yellow', style: 'highlight', tags: [], selectors: describeRange(text, start, start + 30), sortIndex: start, createdAt: i, modifiedAt: i };
  });
  const notes = Array.from({ length: NOTES }, (_, i) => {
    const paragraph = (children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });
    const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
    const link = (n: number) => ({ type: 'note-link', version: 1, noteId: `bn-${n}`, title: `ملاحظة ${n}` });
    const children = [
      paragraph([text(sentences[i % sentences.length] ?? 'نص'), text(' '), link((i * 7 + 1) % NOTES), text(' '), link((i * 13 + 5) % 50)]),
      paragraph([text(sentences[(i + 1) % sentences.length] ?? '')]),
      { type: 'passage-link', version: 1, highlightId: `bh-${(i * 3) % HIGHLIGHTS}`, docId: DOC, quote: 'الولايات المتحدة' },
    ];
    const content = JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });
    return { id: `bn-${i}`, title: `ملاحظة ${i}`, highlightId: i % 3 === 0 ? `bh-${i}` : null, docId: i % 3 === 0 ? `bench-doc-${i % 200}` : null, content, ...derivedFields(content), createdAt: i, modifiedAt: 1_000_000 + i };
  });
  return { highlights, notes };
}

async function seed(page: Page): Promise<void> {
  const rows = makeRows();
  await page.evaluate(async ({ highlights, notes }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qiraa');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['highlights', 'notes'], 'readwrite');
      for (const row of highlights) tx.objectStore('highlights').put(row);
      for (const row of notes) tx.objectStore('notes').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

/** Clicks something and times until `done()` holds in the page, then one more frame. */
async function timeUntil(page: Page, click: string, done: string): Promise<number> {
  return page.evaluate(
    async ([clickSelector, doneSelector]) => {
      const t0 = performance.now();
      document.querySelector<HTMLElement>(clickSelector)?.click();
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector(doneSelector) ? resolve() : requestAnimationFrame(check));
        check();
      });
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    [click, done] as const,
  );
}

/** The backlinks query the app runs: one lookup in the multi-entry index. */
async function timeBacklinksQuery(page: Page, noteId: string): Promise<{ ms: number; count: number }> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('qiraa');
      request.onsuccess = () => resolve(request.result);
    });
    const t0 = performance.now();
    const rows = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('notes').objectStore('notes').index('linkedNoteIds').getAll(id);
      request.onsuccess = () => resolve(request.result);
    });
    const ms = performance.now() - t0;
    db.close();
    return { ms, count: rows.length };
  }, noteId);
}

/** Types one character into the open note and times until IndexedDB holds it. */
async function timeKeystrokeToSaved(page: Page, noteId: string, char: string): Promise<number> {
  return page.evaluate(
    async ([id, typed]) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('qiraa');
        request.onsuccess = () => resolve(request.result);
      });
      const stored = () =>
        new Promise<string>((resolve) => {
          const request = db.transaction('notes').objectStore('notes').get(id);
          request.onsuccess = () => resolve((request.result as { plainText?: string } | undefined)?.plainText ?? '');
        });
      const before = await stored();
      const t0 = performance.now();
      document.execCommand('insertText', false, typed);
      while ((await stored()) === before) await new Promise((r) => setTimeout(r, 0));
      const ms = performance.now() - t0;
      db.close();
      return ms;
    },
    [noteId, char] as const,
  );
}

export async function benchNotes(): Promise<Record<string, number | string>> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await defineNameHelper(page);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByTestId('reader').waitFor();
    await seed(page);
    await page.reload();
    await page.getByTestId('reader').waitFor();
    await page.waitForTimeout(500);

    const notebookMs: number[] = [];
    for (let run = 0; run < 7; run++) {
      await page.locator('#side-tab-highlights').click();
      await page.getByTestId('highlights-panel').waitFor();
      notebookMs.push(await timeUntil(page, '#side-tab-notebook', '[data-testid="notes-panel"] [data-testid="note-item"]'));
    }
    const openMs: number[] = [];
    const backlinksMs: number[] = [];
    let backlinkCount = 0;
    for (let run = 0; run < RUNS; run++) {
      const id = `bn-${NOTES - 1 - run}`;
      openMs.push(await timeUntil(page, `[data-testid="note-item"][data-note-id="${id}"]`, `[data-testid="note-editor"][data-note-id="${id}"] p`));
      const query = await timeBacklinksQuery(page, `bn-${run % 50}`);
      backlinksMs.push(query.ms);
      backlinkCount = Math.max(backlinkCount, query.count);
    }
    const openId = `bn-${NOTES - 1}`;
    await page.locator(`[data-testid="note-item"][data-note-id="${openId}"]`).click();
    await page.locator(`[data-testid="note-editor"][data-note-id="${openId}"]`).click();
    await page.keyboard.press('End');
    const keystrokes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Apart by more than the save interval: each keystroke is saved on its own.
      await page.waitForTimeout(300);
      keystrokes.push(await timeKeystrokeToSaved(page, openId, 'ب'));
    }
    return {
      'notes: notes / highlights stored': `${NOTES} / ${HIGHLIGHTS}`,
      'notes: open the notebook (tab click → list drawn), first (ms)': round(notebookMs[0] ?? NaN),
      'notes: open the notebook, median (ms)': round(median(notebookMs)),
      'notes: open a note (click → editor drawn), median (ms)': round(median(openMs)),
      'notes: open a note, p90 (ms)': round(percentile(openMs, 0.9)),
      'notes: backlinks query (multi-entry index), median (ms)': round(median(backlinksMs)),
      'notes: most backlinks to one note': backlinkCount,
      'notes: keystroke → saved in IndexedDB, median (ms)': round(median(keystrokes)),
      'notes: keystroke → saved in IndexedDB, p90 (ms)': round(percentile(keystrokes, 0.9)),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

const LONG_PORT = Number(process.env.BENCH_PORT ?? 4398);
const LONG_KEYS = 'أبجدهوزحطيكلم'; // 13 keystrokes, as in the report of issue #13
const LONG_RUNS = 5;

/** A note of 500 paragraphs of 4,000 characters of real prose: two million characters. */
function longNoteRow(): Record<string, unknown> {
  const prose = readFileSync(`${root}seeds/${DOC}.txt`, 'utf8').replace(/\s+/g, ' ');
  const paragraph = prose.repeat(Math.ceil(4000 / prose.length)).slice(0, 4000);
  const node = (text: string) => ({ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] });
  const content = JSON.stringify({ root: { type: 'root', version: 1, direction: 'rtl', format: '', indent: 0, children: Array.from({ length: 500 }, () => node(paragraph)) } });
  return { id: 'bench-long', title: 'ملاحظة طويلة', highlightId: null, docId: null, content, ...derivedFields(content), createdAt: 1_700_000_000_000, modifiedAt: 1_700_000_000_000 };
}

/**
 * Types 13 characters at the start of a two-million-character note, as fast as Playwright sends
 * keys: the time until the editor shows them all, the time until IndexedDB holds them, and the
 * main thread's long tasks (over 50 ms) from the first key until then.
 */
export async function benchLongNote(): Promise<Record<string, number | string>> {
  const server = await startServer(LONG_PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await defineNameHelper(page);
    await page.goto(`http://127.0.0.1:${LONG_PORT}/`);
    await page.getByTestId('reader').waitFor();
    await putNote(page, longNoteRow());
    await page.reload();
    await page.getByTestId('reader').waitFor();
    await page.getByRole('tab', { name: /Notebook|الدفتر|دفتر/ }).click();
    await page.locator('[data-testid="note-item"][data-note-id="bench-long"]').click();
    const first = page.locator('[data-testid="note-editor"] p').first();
    await first.waitFor();
    const keyMs: number[] = [];
    const totalMs: number[] = [];
    const savedMs: number[] = [];
    const blockedMs: number[] = [];
    const busy: Record<'TaskDuration' | 'ScriptDuration' | 'LayoutDuration', number[]> = { TaskDuration: [], ScriptDuration: [], LayoutDuration: [] };
    // The renderer's main-thread time (CDP Performance metrics, in seconds): less moved by a busy
    // machine than wall-clock latencies.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    for (let run = 0; run < LONG_RUNS; run++) {
      await first.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Home');
      await page.waitForTimeout(1500);
      const before = await metrics();
      // A fast typist: a key every 80 ms. Each keystroke's latency runs from when it was due (so a
      // main thread busy saving delays it) to the frame after the editor took it.
      const typed = await page.evaluate(
        async ({ keys, gap }) => {
          let long = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) long += entry.duration;
          });
          observer.observe({ type: 'longtask' });
          const latencies: number[] = [];
          const t0 = performance.now();
          for (const [i, key] of [...keys].entries()) {
            const due = t0 + i * gap;
            await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
            document.execCommand('insertText', false, key);
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            latencies.push(performance.now() - due);
          }
          const total = performance.now() - t0;
          await new Promise((r) => setTimeout(r, 50));
          observer.disconnect();
          return { latencies, total, long };
        },
        { keys: LONG_KEYS, gap: 80 },
      );
      keyMs.push(...typed.latencies);
      totalMs.push(typed.total);
      const expected = LONG_KEYS.repeat(run + 1);
      const saved = await page.evaluate(async (text) => {
        const t0 = performance.now();
        let long = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) long += entry.duration;
        });
        observer.observe({ type: 'longtask' });
        const db = await new Promise<IDBDatabase>((resolve) => {
          const request = indexedDB.open('qiraa');
          request.onsuccess = () => resolve(request.result);
        });
        const stored = () =>
          new Promise<string>((resolve) => {
            const request = db.transaction('notes').objectStore('notes').get('bench-long');
            request.onsuccess = () => resolve((request.result as { plainText?: string } | undefined)?.plainText ?? '');
          });
        while (!(await stored()).startsWith(text)) await new Promise((r) => setTimeout(r, 20));
        db.close();
        await new Promise((r) => setTimeout(r, 300));
        observer.disconnect();
        return { ms: performance.now() - t0 - 300, long };
      }, expected);
      savedMs.push(typed.total + saved.ms);
      blockedMs.push(typed.long + saved.long);
      await page.waitForTimeout(1000);
      const after = await metrics();
      for (const name of Object.keys(busy) as (keyof typeof busy)[]) busy[name].push(((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000);
    }
    return {
      'long note: characters': 2_000_000,
      'long note: keystroke (every 80 ms) → its frame, median (ms)': round(median(keyMs)),
      'long note: keystroke → its frame, p90 (ms)': round(percentile(keyMs, 0.9)),
      'long note: keystroke → its frame, worst (ms)': round(Math.max(...keyMs)),
      'long note: 13 keystrokes, first due → last shown, median (ms)': round(median(totalMs)),
      'long note: 13 keystrokes → saved in IndexedDB, median (ms)': round(median(savedMs)),
      'long note: main thread in long tasks while typing and saving, median (ms)': round(median(blockedMs)),
      'long note: main thread busy, typing 13 keys and saving (+1 s), median (ms)': round(median(busy.TaskDuration)),
      'long note: … of it in scripts, median (ms)': round(median(busy.ScriptDuration)),
      'long note: … of it in layout, median (ms)': round(median(busy.LayoutDuration)),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] !== 'long') console.log(await benchNotes());
  console.log(await benchLongNote());
}
