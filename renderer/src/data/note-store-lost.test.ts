// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { db } from './db';
import { pendingDrafts } from './note-journal';
import { databaseLost, noteRow, onDatabaseLost, renameNote, saveNote } from './note-store';

// Its own file: once the database is gone, this module refuses every write for good.
const identity = { id: 'n1', title: 'ريتشارد ميلز', highlightId: null, docId: null };
const content = (text: string) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

it('notices the database deleted under it, refuses to write a fresh one and keeps the draft in the journal', async () => {
  await saveNote(noteRow(identity, content('قبل')), null);
  let told = 0;
  onDatabaseLost(() => told++);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  expect(databaseLost()).toBe(true);
  expect(told).toBe(1);
  await expect(saveNote(noteRow({ ...identity, title: '' }, content('قبل بعد')), content('قبل'))).rejects.toThrow(/deleted or cleared/);
  await expect(renameNote('n1', '')).rejects.toThrow();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
  expect(pendingDrafts().map((d) => d.row.plainText)).toEqual(['قبل بعد']);
});
