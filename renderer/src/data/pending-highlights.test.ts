import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './db';
import { newHighlight, saveNewHighlight, undoHighlightEdit, updateHighlight } from './highlight-store';
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

  it('undoing a colour change shows the colour before it at once', async () => {
    const highlight = await storedHighlight();
    await updateHighlight(highlight.id, { color: 'purple' }, highlight);
    await undoHighlightEdit();
    const stored = (await db.highlights.get(highlight.id))!;
    expect(stored.color).toBe('yellow');
    expect(withPending([stored])[0]!.color).toBe('yellow');
  });
});
