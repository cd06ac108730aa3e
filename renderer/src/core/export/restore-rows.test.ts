import { describe, expect, it } from 'vitest';
import type { NoteRow } from '../notes/note-types';
import type { BackupData } from './backup-format';
import { restorableRows } from './restore-rows';

const NOW = Date.UTC(2025, 0, 15, 9, 30);
const LATER = Date.UTC(2031, 5, 1);
const EARLIER = Date.UTC(2024, 11, 1);
const EMPTY: BackupData = { settings: [], documentState: [], highlights: [], notes: [], documents: [], documentBodies: [], originals: [], collections: [] };

const state = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });

function note(id: string, content: string, createdAt: number, modifiedAt: number): NoteRow {
  return { id, title: 'ملاحظة عن ليبيا', highlightId: null, docId: null, content, plainText: '', linkedNoteIds: [], linkedHighlightIds: [], createdAt, modifiedAt };
}

describe('rows as a backup restores them', () => {
  it('brings every time after the restore back to the restore time, leaving earlier times alone', () => {
    const data: BackupData = {
      ...EMPTY,
      documentState: [{ docId: 'd', customTitle: null, position: null, openedAt: LATER }, { docId: 'e', customTitle: null, position: null, openedAt: null }],
      notes: [note('n-1', state(), EARLIER, LATER), note('n-2', state(), LATER, LATER)],
      collections: [{ id: 'c', name: 'ليبيا', createdAt: LATER }],
    };
    const restored = restorableRows(data, NOW);
    expect(restored.notes.map((n) => [n.createdAt, n.modifiedAt])).toEqual([[EARLIER, NOW], [NOW, NOW]]);
    expect(restored.documentState.map((s) => s.openedAt)).toEqual([NOW, null]);
    expect(restored.collections[0]!.createdAt).toBe(NOW);
  });

  it('unwraps a javascript: link in a note to its text', () => {
    const linked = state(paragraph([{ type: 'link', version: 1, url: 'javascript:alert(1)', children: [text('اضغط هنا')] }]));
    const [restored] = restorableRows({ ...EMPTY, notes: [note('n-1', linked, EARLIER, EARLIER)] }, NOW).notes;
    expect(restored!.content).not.toContain('javascript:');
    expect(restored!.content).toBe(state(paragraph([text('اضغط هنا')])));
  });

  it('keeps rows that need nothing as the same objects', () => {
    const data: BackupData = { ...EMPTY, notes: [note('n-1', state(paragraph([text('نص')])), EARLIER, EARLIER)] };
    expect(restorableRows(data, NOW).notes[0]).toBe(data.notes[0]);
  });
});
