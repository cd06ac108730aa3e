import { describe, expect, it } from 'vitest';
import type { NoteRow } from '../../core/notes/note-types';
import type { SaveOutcome } from '../../data/note-store';
import { NoteSync } from './note-sync';

// Contents stand for serialized editor states; from seeds/000_14e37202ef5eb1ed.txt.
const LOADED = 'ريتشارد ميلز';
const TYPED = 'ريتشارد ميلز جونيور';
const ELSEWHERE = 'الولايات المتحدة';

function harness(base: string | null = LOADED) {
  const saves: { content: string; base: string | null; done: (outcome?: SaveOutcome) => void }[] = [];
  const loads: string[] = [];
  const copies: NoteRow[] = [];
  const sync = new NoteSync(
    {
      save: (content, from) => new Promise((resolve) => saves.push({ content, base: from, done: (outcome = { kind: 'saved' }) => resolve(outcome) })),
      load: (content) => loads.push(content),
      conflict: (copy) => copies.push(copy),
      error: (error) => {
        throw error;
      },
    },
    base,
  );
  return { sync, saves, loads, copies };
}

const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('keeping an open note in step with the stored one', () => {
  it('shows a change made elsewhere at once when nothing is unsaved', () => {
    const { sync, loads } = harness();
    sync.storedChanged(LOADED);
    sync.storedChanged(ELSEWHERE);
    expect(loads).toEqual([ELSEWHERE]);
  });

  it('waits until the user rests before showing a change made elsewhere', async () => {
    const { sync, saves, loads } = harness();
    sync.edit(TYPED);
    sync.flush();
    saves[0]!.done();
    await settled();
    sync.storedChanged(ELSEWHERE);
    expect(loads).toEqual([]);
    sync.rest();
    expect(loads).toEqual([ELSEWHERE]);
  });

  it('bases the next save on a change it loaded', async () => {
    const { sync, saves } = harness();
    sync.storedChanged(ELSEWHERE);
    sync.edit(TYPED);
    sync.flush();
    expect(saves.map(({ content, base }) => [content, base])).toEqual([[TYPED, ELSEWHERE]]);
  });

  it('does not replace unsaved typing: the save goes out based on what the editor started from', () => {
    const { sync, saves, loads } = harness();
    sync.edit(TYPED);
    sync.storedChanged(ELSEWHERE);
    sync.flush();
    expect(loads).toEqual([]);
    expect(saves.map(({ content, base }) => [content, base])).toEqual([[TYPED, LOADED]]);
  });

  it('ignores its own saves read back, also an earlier one read while a later one is in flight', async () => {
    const { sync, saves, loads } = harness();
    sync.storedChanged(LOADED);
    sync.edit('a');
    sync.flush();
    sync.edit('ab');
    sync.flush();
    expect(saves.map((s) => s.base)).toEqual([LOADED, 'a']);
    saves[0]!.done();
    await settled();
    sync.storedChanged('a');
    saves[1]!.done();
    await settled();
    sync.storedChanged('ab');
    expect(loads).toEqual([]);
  });

  it('shows a restore of an earlier version once its own saves have been read back', async () => {
    const { sync, saves, loads } = harness();
    sync.edit('a');
    sync.flush();
    saves[0]!.done();
    sync.edit('ab');
    sync.flush();
    saves[1]!.done();
    await settled();
    sync.rest();
    sync.storedChanged('ab');
    sync.storedChanged('a');
    expect(loads).toEqual(['a']);
  });

  it('does not show the version a conflicting save kept as a copy', async () => {
    const { sync, saves, loads } = harness();
    sync.edit(TYPED);
    sync.flush();
    sync.storedChanged(ELSEWHERE);
    saves[0]!.done({ kind: 'conflict', copy: { id: 'c', content: ELSEWHERE } as NoteRow });
    await settled();
    sync.storedChanged(TYPED);
    expect(loads).toEqual([]);
  });

  it('a change made elsewhere during a save is shown once the save has landed', async () => {
    const { sync, saves, loads } = harness();
    sync.edit(TYPED);
    sync.flush();
    sync.storedChanged(ELSEWHERE);
    expect(loads).toEqual([]);
    saves[0]!.done();
    await settled();
    sync.rest();
    expect(loads).toEqual([ELSEWHERE]);
  });

  it('reports the copy a conflicting save kept', async () => {
    const { sync, saves, copies } = harness();
    sync.edit(TYPED);
    sync.flush();
    const copy = { id: 'c', title: 'copy' } as NoteRow;
    saves[0]!.done({ kind: 'conflict', copy });
    await settled();
    expect(copies).toEqual([copy]);
  });

  it('leaves a deleted note to its owner and shows nothing after the editor is gone', async () => {
    const { sync, loads } = harness();
    sync.storedChanged(null);
    sync.dispose();
    sync.storedChanged(ELSEWHERE);
    expect(loads).toEqual([]);
  });
});

describe('showing news from the stored row itself', () => {
  it('a save of this editor read back late, after the other window’s, is not shown: the stored row decides', async () => {
    const loads: string[] = [];
    let stored: string | null = ELSEWHERE;
    const sync = new NoteSync(
      {
        save: async () => ({ kind: 'saved' }),
        load: (content) => loads.push(content),
        conflict: () => {},
        error: (error) => {
          throw error;
        },
        read: async () => stored,
      },
      LOADED,
    );
    sync.edit(TYPED);
    sync.flush();
    sync.rest();
    await settled();
    // The other window's version arrives first; this editor's own save, read back late, after it.
    sync.storedChanged(ELSEWHERE);
    sync.storedChanged(TYPED);
    await settled();
    expect(loads.at(-1)).toBe(ELSEWHERE);
    // When the row really holds this editor's text, nothing is loaded over it.
    stored = TYPED;
    loads.length = 0;
    sync.storedChanged(TYPED);
    await settled();
    expect(loads.filter((l) => l !== TYPED)).toEqual([]);
  });

  it('reads a change only when it is sent, and sends nothing when it turns out to be what is stored', () => {
    const { sync, saves, loads } = harness();
    let reads = 0;
    sync.edit(() => {
      reads++;
      return null;
    });
    expect(reads).toBe(0);
    expect(sync.hasPending).toBe(true);
    sync.flush();
    expect(reads).toBe(1);
    expect(saves).toEqual([]);
    // Nothing is unsaved, so a change made elsewhere is shown once the user rests.
    sync.storedChanged(ELSEWHERE);
    sync.rest();
    expect(loads).toEqual([ELSEWHERE]);
    sync.edit(() => TYPED);
    sync.flush();
    expect(saves.map(({ content, base }) => [content, base])).toEqual([[TYPED, ELSEWHERE]]);
  });
});
