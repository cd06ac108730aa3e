import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import { flushAfterPaint } from './after-paint';
import { highlightUndoTurn, newHighlight, redoHighlightEdit, saveNewHighlight, undoHighlightEdit, updateHighlight } from './highlight-store';
import { nextUndoTurn } from './undo-order';
import { dropPending, showPending, withPending } from './pending-highlights';

const DOC = '000_14e37202ef5eb1ed';
const text = readFileSync(new URL(`../../../seeds/${DOC}.txt`, import.meta.url), 'utf8');
const PASSAGE = 'ريتشارد ميلز جونيور';

async function storedHighlight() {
  const start = text.indexOf(PASSAGE);
  const highlight = newHighlight(DOC, text, { start, end: start + PASSAGE.length }, 'yellow', 'highlight');
  await saveNewHighlight(highlight);
  return (await db.highlights.get(highlight.id))!;
}

beforeEach(async () => {
  vi.restoreAllMocks();
  while ((await undoHighlightEdit()) !== null);
  await db.highlights.clear();
});

describe('pending highlight changes', () => {
  it('shows a changed colour in place of the stored row until the row is as new', () => {
    const stored = { ...newHighlight(DOC, text, { start: 0, end: 5 }, 'yellow', 'highlight'), modifiedAt: 10 };
    const other = newHighlight(DOC, text, { start: 10, end: 15 }, 'green', 'highlight');
    const changed = { ...stored, color: 'blue' as const, modifiedAt: 20 };
    showPending(changed);
    expect(withPending([stored, other]).map((h) => h.color)).toEqual(['blue', 'green']);
    expect(withPending([{ ...stored, color: 'blue', modifiedAt: 20 }, other])[0]).not.toBe(changed);
    dropPending(changed);
    expect(withPending([stored, other])[0]!.color).toBe('yellow');
  });

  it('gives back the same rows when no change applies, and never brings back a deleted highlight', () => {
    const rows = [newHighlight(DOC, text, { start: 0, end: 5 }, 'yellow', 'highlight')];
    expect(withPending(rows)).toBe(rows);
    const gone = { ...newHighlight(DOC, text, { start: 20, end: 25 }, 'yellow', 'highlight'), modifiedAt: Date.now() + 1000 };
    showPending(gone);
    expect(withPending(rows)).toBe(rows);
    dropPending(gone);
  });

  it('a colour change is shown before it is stored, then stored', async () => {
    const highlight = await storedHighlight();
    const done = updateHighlight(highlight.id, { color: 'pink' }, highlight);
    expect(withPending([highlight])[0]!.color).toBe('pink');
    expect((await db.highlights.get(highlight.id))!.color).toBe('yellow');
    await done;
    expect((await db.highlights.get(highlight.id))!.color).toBe('pink');
  });

  it('a colour change that cannot be stored is taken back and its error thrown', async () => {
    const highlight = await storedHighlight();
    vi.spyOn(db.highlights, 'put').mockRejectedValueOnce(new Error('disk full'));
    const done = updateHighlight(highlight.id, { color: 'pink' }, highlight);
    expect(withPending([highlight])[0]!.color).toBe('pink');
    await expect(done).rejects.toThrow('disk full');
    expect(withPending([highlight])[0]!.color).toBe('yellow');
    expect((await db.highlights.get(highlight.id))!.color).toBe('yellow');
  });

  it('undo and redo of a colour change are shown before they are stored, then stored', async () => {
    const highlight = await storedHighlight();
    await updateHighlight(highlight.id, { color: 'purple' }, highlight);
    const purple = (await db.highlights.get(highlight.id))!;
    const undone = undoHighlightEdit();
    expect(withPending([purple])[0]!.color).toBe('yellow');
    expect((await db.highlights.get(highlight.id))!.color).toBe('purple');
    expect(await undone).toBe(highlight.id);
    const yellow = (await db.highlights.get(highlight.id))!;
    expect(yellow.color).toBe('yellow');
    expect(withPending([yellow])[0]!.color).toBe('yellow');
    const redone = redoHighlightEdit();
    expect(withPending([yellow])[0]!.color).toBe('purple');
    await redone;
    expect((await db.highlights.get(highlight.id))!.color).toBe('purple');
  });

  it('an undo that cannot be stored is taken back, its error thrown, and can be tried again', async () => {
    const highlight = await storedHighlight();
    await updateHighlight(highlight.id, { color: 'purple' }, highlight);
    const purple = (await db.highlights.get(highlight.id))!;
    vi.spyOn(db.highlights, 'put').mockRejectedValueOnce(new Error('disk full'));
    const undone = undoHighlightEdit();
    expect(withPending([purple])[0]!.color).toBe('yellow');
    await expect(undone).rejects.toThrow('disk full');
    expect(withPending([purple])[0]!.color).toBe('purple');
    expect((await db.highlights.get(highlight.id))!.color).toBe('purple');
    expect(await undoHighlightEdit()).toBe(highlight.id);
    expect((await db.highlights.get(highlight.id))!.color).toBe('yellow');
  });

  it('when the page is left, waiting writes are started at once: a colour change and a new highlight', async () => {
    const highlight = await storedHighlight();
    const put = vi.spyOn(db.highlights, 'put');
    const committed: string[][] = [];
    const idb = db.backendDB();
    const transaction = idb.transaction.bind(idb);
    vi.spyOn(idb, 'transaction').mockImplementation((...args: Parameters<IDBDatabase['transaction']>) => {
      const opened = transaction(...args);
      const commit = opened.commit.bind(opened);
      opened.commit = () => {
        committed.push([...opened.objectStoreNames]);
        commit();
      };
      return opened;
    });
    const changed = updateHighlight(highlight.id, { color: 'green' }, highlight);
    const start = text.indexOf(PASSAGE) + PASSAGE.length + 5;
    const fresh = newHighlight(DOC, text, { start, end: start + 8 }, 'blue', 'underline');
    const saved = saveNewHighlight(fresh);
    expect(put).not.toHaveBeenCalled();
    flushAfterPaint();
    // Both written and committed before the leaving event's handler returns.
    expect(committed).toEqual([['highlights'], ['highlights']]);
    // Dexie's writes (for the live queries of a page only hidden) come after, behind them.
    expect(put).not.toHaveBeenCalled();
    await Promise.all([changed, saved]);
    expect((await db.highlights.get(highlight.id))!.color).toBe('green');
    expect((await db.highlights.get(fresh.id))!.style).toBe('underline');
  });
  it('Ctrl/⌘+Z pressed before a new highlight or a colour change is stored undoes that edit, not the one before it', async () => {
    const first = await storedHighlight();
    const start = text.indexOf('الأمم المتحدة');
    const second = newHighlight(DOC, text, { start, end: start + 'الأمم المتحدة'.length }, 'green', 'highlight');
    // Another undoable action (a document deleted), then the new highlight: the highlight is the later one.
    const deletionTurn = nextUndoTurn();
    const saved = saveNewHighlight(second);
    expect(highlightUndoTurn()).toBeGreaterThan(deletionTurn);
    expect(await db.highlights.get(second.id)).toBeUndefined();
    expect(await undoHighlightEdit()).toBe(second.id);
    await saved;
    expect(await db.highlights.get(second.id)).toBeUndefined();
    expect((await db.highlights.get(first.id))!.color).toBe('yellow');

    const changed = updateHighlight(first.id, { color: 'blue' }, first);
    expect(await undoHighlightEdit()).toBe(first.id);
    await changed;
    expect((await db.highlights.get(first.id))!.color).toBe('yellow');
  });
});
