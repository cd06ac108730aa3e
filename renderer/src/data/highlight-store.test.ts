import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NoteRow } from '../core/notes/note-types';
import { db } from './db';
import { deleteHighlight, highlightUndoTurn, newHighlight, redoHighlightEdit, saveNewHighlight, undoHighlightEdit, updateHighlight } from './highlight-store';
import { nextUndoTurn } from './undo-order';

const DOC = '000_14e37202ef5eb1ed';
const text = readFileSync(new URL(`../../../seeds/${DOC}.txt`, import.meta.url), 'utf8');
const PASSAGE = 'ريتشارد ميلز جونيور';

async function storedHighlight() {
  const start = text.indexOf(PASSAGE);
  const highlight = newHighlight(DOC, text, { start, end: start + PASSAGE.length }, 'yellow', 'highlight');
  await saveNewHighlight(highlight);
  return highlight;
}

function noteOn(highlightId: string): NoteRow {
  return {
    id: `note-${highlightId}`,
    title: PASSAGE,
    highlightId,
    docId: DOC,
    content: '{}',
    plainText: 'رئيس البعثة الأمريكية لدى الأمم المتحدة',
    linkedNoteIds: [],
    linkedHighlightIds: [],
    createdAt: 1,
    modifiedAt: 1,
  };
}

beforeEach(async () => {
  await db.highlights.clear();
  await db.notes.clear();
  // Drain the undo history left by earlier tests.
  while ((await undoHighlightEdit()) !== null);
  await db.highlights.clear();
  await db.notes.clear();
});

describe('highlight edits', () => {
  it('undoes and redoes a colour change', async () => {
    const highlight = await storedHighlight();
    await updateHighlight(highlight.id, { color: 'green' });
    await undoHighlightEdit();
    expect((await db.highlights.get(highlight.id))?.color).toBe('yellow');
    await redoHighlightEdit();
    expect((await db.highlights.get(highlight.id))?.color).toBe('green');
  });

  it('brings a deleted highlight back exactly as it was', async () => {
    const highlight = await storedHighlight();
    await deleteHighlight(highlight.id);
    expect(await db.highlights.get(highlight.id)).toBeUndefined();
    await expect(undoHighlightEdit()).resolves.toBe(highlight.id);
    expect(await db.highlights.get(highlight.id)).toEqual(highlight);
  });

  it('deleting a highlight with its note, then undoing, brings back both', async () => {
    const highlight = await storedHighlight();
    const note = noteOn(highlight.id);
    await db.notes.put(note);
    await deleteHighlight(highlight.id, 'delete');
    expect(await db.notes.get(note.id)).toBeUndefined();
    await undoHighlightEdit();
    expect(await db.highlights.get(highlight.id)).toEqual(highlight);
    expect(await db.notes.get(note.id)).toEqual(note);
    await redoHighlightEdit();
    expect(await db.highlights.get(highlight.id)).toBeUndefined();
    expect(await db.notes.get(note.id)).toBeUndefined();
  });

  it('keeping the note as a free note detaches it, and undoing attaches it again', async () => {
    const highlight = await storedHighlight();
    const note = noteOn(highlight.id);
    await db.notes.put(note);
    await deleteHighlight(highlight.id, 'keep-as-free-note');
    expect(await db.notes.get(note.id)).toMatchObject({ id: note.id, highlightId: null, plainText: note.plainText });
    await undoHighlightEdit();
    expect(await db.notes.get(note.id)).toEqual(note);
  });
});

describe('the turn of the next highlight undo, weighed against other undoable actions (a document deletion)', () => {
  it('is 0 with nothing to undo, later than another action taken before the edit, earlier than one taken after', async () => {
    expect(highlightUndoTurn()).toBe(0);
    const before = nextUndoTurn();
    const highlight = await storedHighlight();
    expect(highlightUndoTurn()).toBeGreaterThan(before);
    const after = nextUndoTurn();
    expect(highlightUndoTurn()).toBeLessThan(after);
    await updateHighlight(highlight.id, { color: 'green' });
    expect(highlightUndoTurn()).toBeGreaterThan(after);
  });

  it('goes back to the earlier edit once the later one is undone, and a redo is as recent as a new edit', async () => {
    const highlight = await storedHighlight();
    const created = highlightUndoTurn();
    const deletion = nextUndoTurn();
    await updateHighlight(highlight.id, { color: 'green' });
    await undoHighlightEdit();
    // The colour change undone, the next undo is the highlight's creation, older than the deletion.
    expect(highlightUndoTurn()).toBe(created);
    expect(highlightUndoTurn()).toBeLessThan(deletion);
    await redoHighlightEdit();
    expect(highlightUndoTurn()).toBeGreaterThan(deletion);
  });
});
