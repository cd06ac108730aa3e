// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteRow } from '../core/notes/note-types';
import { journalCannotCover, journalDraft, pendingDrafts, subscribeJournal } from './note-journal';

const row = (id: string, text: string): NoteRow => ({
  id,
  title: 'مسودة',
  highlightId: null,
  docId: null,
  content: JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } }),
  plainText: text,
  linkedNoteIds: [],
  linkedHighlightIds: [],
  createdAt: 1,
  modifiedAt: 1,
});

/** localStorage with a quota of this many characters, as browsers have (a few million). */
function limitStorage(quota: number) {
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (key.length + value.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the note journal', () => {
  it('journals a draft it can hold, and says nothing', () => {
    limitStorage(10_000);
    expect(journalDraft(row('short', 'قال المتحدث باسم الحكومة'), null)).toBe(true);
    expect(pendingDrafts().map((d) => d.row.id)).toEqual(['short']);
    expect(journalCannotCover('short')).toBe(false);
  });

  it('says when a draft is too long to journal, tells listeners once, and drops the older draft it would otherwise recover', () => {
    limitStorage(10_000);
    const told = vi.fn();
    const unsubscribe = subscribeJournal(told);
    expect(journalDraft(row('long', 'بداية'), null)).toBe(true);
    expect(journalDraft(row('long', 'نص طويل '.repeat(2000)), null)).toBe(false);
    expect(journalDraft(row('long', 'نص أطول '.repeat(2500)), null)).toBe(false);
    expect(journalCannotCover('long')).toBe(true);
    expect(told).toHaveBeenCalledTimes(1);
    expect(pendingDrafts()).toEqual([]);
    unsubscribe();
  });

  it('does not try again to journal a draft as long as one that did not fit, but does a shorter one', () => {
    limitStorage(10_000);
    expect(journalDraft(row('growing', 'نص طويل '.repeat(2000)), null)).toBe(false);
    const tries = vi.mocked(Storage.prototype.setItem).mock.calls.length;
    expect(journalDraft(row('growing', 'نص طويل جدا '.repeat(2000)), null)).toBe(false);
    expect(vi.mocked(Storage.prototype.setItem).mock.calls.length).toBe(tries);
    expect(journalDraft(row('growing', 'نص قصير'), null)).toBe(true);
    expect(pendingDrafts().map((d) => d.row.plainText)).toEqual(['نص قصير']);
  });
});
