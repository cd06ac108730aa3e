// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentWithPassageLink } from '../core/notes/note-content';
import { db } from './db';
import { journalDraft, pendingDrafts } from './note-journal';
import { countLinksTo, linkPassageInNote, noteRow, recoverDrafts, renameNote, saveNote } from './note-store';

// From seeds/000_14e37202ef5eb1ed.txt.
const QUOTE = 'ريتشارد ميلز جونيور';
const identity = { id: 'n1', title: 'ميلز', highlightId: 'h1', docId: '000_14e37202ef5eb1ed' };
const linking = (noteId: string) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'note-link', version: 1, noteId, title: 't' }] }] } });

beforeEach(async () => {
  localStorage.clear();
  await db.notes.clear();
});

describe('saving notes', () => {
  it('stores the content with its plain text and links, and clears the journal once stored', async () => {
    await saveNote(noteRow(identity, contentWithPassageLink({ highlightId: 'h2', docId: 'd', quote: QUOTE }), 10));
    expect(await db.notes.get('n1')).toMatchObject({ plainText: `«${QUOTE}»\n`, linkedHighlightIds: ['h2'], linkedNoteIds: [], modifiedAt: 10 });
    expect(pendingDrafts()).toEqual([]);
  });

  it('never lets an older draft overwrite a newer row, and keeps a renamed title', async () => {
    await saveNote(noteRow(identity, linking('a'), 10));
    await renameNote('n1', 'عنوان جديد');
    const renamed = (await db.notes.get('n1'))!;
    await saveNote(noteRow(identity, linking('b'), renamed.modifiedAt - 1));
    expect((await db.notes.get('n1'))?.linkedNoteIds).toEqual(['a']);
    await saveNote(noteRow(identity, linking('c'), renamed.modifiedAt + 1));
    expect(await db.notes.get('n1')).toMatchObject({ title: 'عنوان جديد', linkedNoteIds: ['c'] });
  });

  it('writes drafts a reload cut short to IndexedDB at start-up', async () => {
    journalDraft(noteRow(identity, linking('x'), 20));
    expect(await db.notes.get('n1')).toBeUndefined();
    await recoverDrafts();
    expect(await db.notes.get('n1')).toMatchObject({ linkedNoteIds: ['x'], modifiedAt: 20 });
    expect(pendingDrafts()).toEqual([]);
  });

  it('counts the other notes that link to a note', async () => {
    await saveNote(noteRow({ ...identity, id: 'a' }, linking('target')));
    await saveNote(noteRow({ ...identity, id: 'b', highlightId: null }, linking('target')));
    await saveNote(noteRow({ ...identity, id: 'target', highlightId: null }, linking('target')));
    expect(await countLinksTo('target')).toBe(2);
  });

  it('links a passage at the end of a note', async () => {
    await saveNote(noteRow(identity, linking('a'), 5));
    await linkPassageInNote('n1', { highlightId: 'h7', docId: 'd', quote: QUOTE });
    expect(await db.notes.get('n1')).toMatchObject({ linkedNoteIds: ['a'], linkedHighlightIds: ['h7'] });
  });
});
