// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentWithPassageLink } from '../core/notes/note-content';
import { db } from './db';
import { journalDraft, pendingDrafts } from './note-journal';
import { countLinksTo, createNote, deleteNote, linkPassageInNote, noteRow, recoverDrafts, renameNote, saveNote } from './note-store';

const YEAR = 365 * 24 * 60 * 60 * 1000;

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
    await saveNote(noteRow(identity, contentWithPassageLink({ highlightId: 'h2', docId: 'd', quote: QUOTE }), 10), null);
    expect(await db.notes.get('n1')).toMatchObject({ plainText: `«${QUOTE}»\n`, linkedHighlightIds: ['h2'], linkedNoteIds: [], modifiedAt: 10 });
    expect(pendingDrafts()).toEqual([]);
  });

  it('keeps a renamed title when the content is saved', async () => {
    await saveNote(noteRow(identity, linking('a'), 10), null);
    await renameNote('n1', 'عنوان جديد');
    await saveNote(noteRow(identity, linking('c'), 11), linking('a'));
    expect(await db.notes.get('n1')).toMatchObject({ title: 'عنوان جديد', linkedNoteIds: ['c'], createdAt: 10 });
  });

  it('takes an edit of a note dated in the future, and the journal keeps nothing stale', async () => {
    await db.notes.put(noteRow(identity, linking('a'), Date.now() + YEAR));
    expect(await saveNote(noteRow(identity, linking('b')), linking('a'))).toEqual({ kind: 'saved' });
    expect((await db.notes.get('n1'))?.linkedNoteIds).toEqual(['b']);
    expect(pendingDrafts()).toEqual([]);
  });

  it('decides by the content the editor started from, not by the clock: a save from a stale base keeps both versions', async () => {
    await saveNote(noteRow(identity, linking('a'), 10), null);
    // Another window saved 'b' over 'a'; this one, still based on 'a', saves 'c' with an older clock.
    await saveNote(noteRow(identity, linking('b'), 30), linking('a'));
    const outcome = await saveNote(noteRow(identity, linking('c'), 20), linking('a'));
    expect(outcome.kind).toBe('conflict');
    const copy = outcome.kind === 'conflict' ? outcome.copy : null;
    expect(await db.notes.get('n1')).toMatchObject({ title: 'ميلز', linkedNoteIds: ['c'], highlightId: 'h1' });
    expect(await db.notes.get(copy!.id)).toMatchObject({ linkedNoteIds: ['b'], highlightId: null, docId: identity.docId });
    expect(copy!.title).toMatch(/^ميلز \(other window’s version/);
    expect(await db.notes.count()).toBe(2);
  });

  it('keeps one copy per editor: a later conflict from the same editor updates it', async () => {
    await saveNote(noteRow(identity, linking('a'), 10), null);
    // Two windows typing at once, each based on its own last save.
    await saveNote(noteRow(identity, linking('b'), 11), linking('a'), 'copy-2');
    await saveNote(noteRow(identity, linking('c'), 12), linking('a'), 'copy-1');
    await saveNote(noteRow(identity, linking('d'), 13), linking('b'), 'copy-2');
    await saveNote(noteRow(identity, linking('e'), 14), linking('c'), 'copy-1');
    expect((await db.notes.get('copy-1'))?.linkedNoteIds).toEqual(['d']);
    expect((await db.notes.get('copy-2'))?.linkedNoteIds).toEqual(['c']);
    expect((await db.notes.get('n1'))?.linkedNoteIds).toEqual(['e']);
    expect(await db.notes.count()).toBe(3);
  });

  it('saving what is already stored is no conflict', async () => {
    await saveNote(noteRow(identity, linking('a'), 10), null);
    expect(await saveNote(noteRow(identity, linking('b'), 11), linking('a'))).toEqual({ kind: 'saved' });
    expect(await saveNote(noteRow(identity, linking('b'), 12), linking('a'))).toEqual({ kind: 'saved' });
    expect(await db.notes.count()).toBe(1);
  });

  it('writes back a note deleted under an editor that was still typing in it', async () => {
    await saveNote(noteRow(identity, linking('a'), 10), null);
    await db.notes.delete('n1');
    expect(await saveNote(noteRow(identity, linking('b'), 11), linking('a'))).toEqual({ kind: 'saved' });
    expect(await db.notes.get('n1')).toMatchObject({ title: 'ميلز', linkedNoteIds: ['b'] });
  });

  it('writes drafts a reload cut short to IndexedDB at start-up', async () => {
    journalDraft(noteRow(identity, linking('x'), 20), null);
    expect(await db.notes.get('n1')).toBeUndefined();
    await recoverDrafts();
    expect(await db.notes.get('n1')).toMatchObject({ linkedNoteIds: ['x'], modifiedAt: 20 });
    expect(pendingDrafts()).toEqual([]);
  });

  it('recovers a draft of a note dated in the future', async () => {
    await db.notes.put(noteRow(identity, linking('a'), Date.now() + YEAR));
    journalDraft(noteRow(identity, linking('x')), linking('a'));
    await recoverDrafts();
    expect((await db.notes.get('n1'))?.linkedNoteIds).toEqual(['x']);
    expect(pendingDrafts()).toEqual([]);
  });

  it('recovers a draft journaled by an older build, which has no base', async () => {
    await db.notes.put(noteRow(identity, linking('a'), Date.now() + YEAR));
    localStorage.setItem('qiraa:note-draft:n1', JSON.stringify(noteRow(identity, linking('x'), 20)));
    await recoverDrafts();
    expect((await db.notes.get('n1'))?.linkedNoteIds).toEqual(['x']);
  });

  it('gives a recovered note that no longer exists a title from its text', async () => {
    journalDraft(noteRow({ ...identity, title: '' }, contentWithPassageLink({ highlightId: 'h2', docId: 'd', quote: QUOTE })), linking('gone'));
    await recoverDrafts();
    expect((await db.notes.get('n1'))?.title).toBe(`«${QUOTE}»`);
  });

  it('counts the other notes that link to a note', async () => {
    await saveNote(noteRow({ ...identity, id: 'a' }, linking('target')), null);
    await saveNote(noteRow({ ...identity, id: 'b', highlightId: null }, linking('target')), null);
    await saveNote(noteRow({ ...identity, id: 'target', highlightId: null }, linking('target')), null);
    expect(await countLinksTo('target')).toBe(2);
  });

  it('links a passage at the end of a note', async () => {
    await saveNote(noteRow(identity, linking('a'), 5), null);
    await linkPassageInNote('n1', { highlightId: 'h7', docId: 'd', quote: QUOTE });
    expect(await db.notes.get('n1')).toMatchObject({ linkedNoteIds: ['a'], linkedHighlightIds: ['h7'] });
  });
});

describe('titles of new notes', () => {
  it('numbers a note quoting a passage whose note already has that title, so the two can be told apart', async () => {
    // The note on the highlight, titled by its quote when first saved.
    await saveNote(noteRow({ ...identity, title: QUOTE }, contentWithPassageLink({ highlightId: 'h1', docId: 'd', quote: QUOTE })), null);
    const quoting = await createNote({ title: QUOTE, highlightId: null, docId: 'd' }, contentWithPassageLink({ highlightId: 'h1', docId: 'd', quote: QUOTE }));
    const again = await createNote({ title: QUOTE, highlightId: null, docId: 'd' }, contentWithPassageLink({ highlightId: 'h1', docId: 'd', quote: QUOTE }));
    expect([quoting.title, again.title]).toEqual([`${QUOTE} (2)`, `${QUOTE} (3)`]);
    expect((await db.notes.toArray()).map((n) => n.title).sort()).toEqual([QUOTE, `${QUOTE} (2)`, `${QUOTE} (3)`].sort());
  });

  it('numbers the note on a highlight when a note quoting it already has the title', async () => {
    await createNote({ title: QUOTE, highlightId: null, docId: 'd' }, contentWithPassageLink({ highlightId: 'h1', docId: 'd', quote: QUOTE }));
    await saveNote(noteRow({ ...identity, title: QUOTE }, linking('x')), null);
    expect((await db.notes.get('n1'))?.title).toBe(`${QUOTE} (2)`);
  });

  it('leaves untitled notes untitled', async () => {
    await createNote({ title: '', highlightId: null, docId: null }, linking('x'));
    expect((await createNote({ title: '', highlightId: null, docId: null }, linking('y'))).title).toBe('');
  });
});

describe('renaming and deleting a linked note', () => {
  const target = { id: 'target', title: 'الموقف الروسي', highlightId: null, docId: null };
  const source = { id: 'source', title: 'مصدر', highlightId: null, docId: null };
  const sourceContent = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'انظر ' }, { type: 'note-link', version: 1, noteId: 'target', title: 'الموقف الروسي' }] }] } });

  beforeEach(async () => {
    await saveNote(noteRow(target, linking('x'), 10), null);
    await saveNote(noteRow(source, sourceContent, 20), null);
  });

  it('gives the linking notes the new title in their plain text (previews, filter), leaving their content and time', async () => {
    const before = await db.notes.get('source');
    await renameNote('target', 'موقف موسكو');
    const after = await db.notes.get('source');
    expect(after?.plainText).toBe('انظر موقف موسكو');
    expect(after?.content).toBe(before?.content);
    expect(after?.modifiedAt).toBe(20);
  });

  it('reads the current title when a linking note is saved again', async () => {
    await renameNote('target', 'موقف موسكو');
    await saveNote(noteRow(source, sourceContent, 30), sourceContent);
    expect((await db.notes.get('source'))?.plainText).toBe('انظر موقف موسكو');
  });

  it('keeps the last name of a deleted note in the links to it', async () => {
    await renameNote('target', 'موقف موسكو');
    await deleteNote('target');
    const after = await db.notes.get('source');
    expect(after?.plainText).toBe('انظر موقف موسكو');
    expect(JSON.stringify(JSON.parse(after!.content))).toContain('"title":"موقف موسكو"');
    expect(after?.modifiedAt).toBe(20);
  });
});
