/**
 * A notebook that never loses an edit: a note dated in the future, two windows on one note, a
 * "replace all" restore under an open note, and the database deleted while the app runs.
 */
import type { Page } from '@playwright/test';
import { derivedFields } from '../renderer/src/core/notes/note-content';
import { editor, newNote, notebookTab, putNote, readDatabase, watchProblems } from './actions';
import { expect, openApp, test } from './fixtures';

const YEAR = 365 * 24 * 60 * 60 * 1000;

/** Serialized editor state of one paragraph of text. */
function paragraphContent(text: string): string {
  const textNode = { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' };
  const paragraph = { type: 'paragraph', version: 1, children: [textNode], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' };
  return JSON.stringify({ root: { type: 'root', version: 1, children: [paragraph], direction: null, format: '', indent: 0 } });
}

async function storedNote(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return (await readDatabase(page)).notes.find((n) => n.id === id);
}

/** Clicks at the end of the note's last paragraph, so typing goes after what is there. */
async function caretAtEnd(page: Page): Promise<void> {
  await editor(page).locator('p').last().click();
  await page.keyboard.press('End');
}

test('a note dated in the future takes an edit that is there after an immediate reload', async ({ page }) => {
  await openApp(page);
  const content = paragraphContent('كتبت على جهاز ساعته متقدمة');
  const future = Date.now() + YEAR;
  await putNote(page, { id: 'future-note', title: 'From the future', highlightId: null, docId: null, content, ...derivedFields(content), createdAt: future, modifiedAt: future });
  await page.reload();
  await notebookTab(page).click();
  await page.locator('[data-testid="note-item"][data-note-id="future-note"]').click();
  await caretAtEnd(page);
  await page.keyboard.type(' وعدلت اليوم');
  await page.reload();

  await notebookTab(page).click();
  await page.locator('[data-testid="note-item"][data-note-id="future-note"]').click();
  await expect(editor(page)).toHaveText('كتبت على جهاز ساعته متقدمة وعدلت اليوم');
  await expect.poll(async () => (await storedNote(page, 'future-note'))?.plainText).toBe('كتبت على جهاز ساعته متقدمة وعدلت اليوم');
  expect((await storedNote(page, 'future-note'))?.title).toBe('From the future');
});

test('two windows typing into one note keep both edits', async ({ page, context }) => {
  await openApp(page);
  const id = await newNote(page, 'Shared');
  await editor(page).click();
  await page.keyboard.type('مشترك');
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('مشترك');

  const problems: string[] = [];
  const other = await context.newPage();
  await watchProblems(other, problems);
  await openApp(other);
  await notebookTab(other).click();
  await other.locator(`[data-testid="note-item"][data-note-id="${id}"]`).click();
  await expect(editor(other)).toHaveText('مشترك');

  await caretAtEnd(page);
  await caretAtEnd(other);
  await Promise.all([page.keyboard.type(' alpha first window', { delay: 30 }), other.keyboard.type(' beta second window', { delay: 30 })]);
  await Promise.all([page.keyboard.press('Tab'), other.keyboard.press('Tab')]);

  // Both edits are stored: in the note, or in a copy the user is told about.
  const stored = async () => (await readDatabase(page)).notes.map((n) => String(n.plainText)).join('\n');
  await expect.poll(stored).toContain('alpha first window');
  await expect.poll(stored).toContain('beta second window');
  // One copy at most per window, each named in a notice.
  const copies = (await readDatabase(page)).notes.filter((n) => n.id !== id);
  expect(copies.length).toBeLessThanOrEqual(2);
  const notices = async () => [...(await page.getByTestId('note-conflict').allTextContents()), ...(await other.getByTestId('note-conflict').allTextContents())].join('\n');
  for (const copy of copies) {
    expect(copy.title).toMatch(/^Shared \(other window’s version, /);
    await expect.poll(notices).toContain(String(copy.title));
  }
  // Each window shows what is stored in the note once both have settled.
  const note = await storedNote(page, id);
  await expect(editor(page)).toHaveText(String(note?.plainText));
  await expect(editor(other)).toHaveText(String(note?.plainText));
  await other.close();
  expect(problems, 'the second window reported problems').toEqual([]);
});

test('a note changed in another window is shown in an idle editor, and typing goes on from it', async ({ page, context }) => {
  await openApp(page);
  const id = await newNote(page, 'Followed');
  await editor(page).click();
  await page.keyboard.type('أول');
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('أول');
  await page.keyboard.press('Tab');

  const other = await context.newPage();
  await openApp(other);
  await notebookTab(other).click();
  await other.locator(`[data-testid="note-item"][data-note-id="${id}"]`).click();
  await caretAtEnd(other);
  await other.keyboard.type(' ثان');
  await expect(editor(page)).toHaveText('أول ثان');
  await other.close();

  await caretAtEnd(page);
  await page.keyboard.type(' ثالث');
  await page.reload();
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('أول ثان ثالث');
  expect((await readDatabase(page)).notes).toHaveLength(1);
});

test('a “replace all” restore under an open note shows the restored text, and typing does not bring back the old one', async ({ page }) => {
  await openApp(page);
  const id = await newNote(page, 'Restored');
  await editor(page).click();
  await page.keyboard.type('نص النسخة');
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('نص النسخة');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
  const backup = await download.path();

  await caretAtEnd(page);
  await page.keyboard.type(' قبل الاستعادة');
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('نص النسخة قبل الاستعادة');

  await page.getByLabel('How to restore').selectOption('replace');
  await page.getByTestId('backup-import').setInputFiles(backup);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.locator('.export-menu').getByRole('status')).toContainText('Restored');
  await expect(editor(page)).toHaveText('نص النسخة');

  await caretAtEnd(page);
  await page.keyboard.type(' بعد');
  await page.reload();
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('نص النسخة بعد');
});

test('a database deleted while a note is open is reported, the text stays and no half row is written', async ({ page }) => {
  await openApp(page);
  const id = await newNote(page, 'Kept title');
  await editor(page).click();
  await page.keyboard.type('قبل');
  await expect.poll(async () => (await storedNote(page, id))?.plainText).toBe('قبل');

  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('qiraa');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await caretAtEnd(page);
  await page.keyboard.type(' بعد');
  await expect(page.getByTestId('error').filter({ hasText: 'nothing more can be saved' })).toBeVisible();
  await expect(editor(page)).toHaveText('قبل بعد');
  await expect(page.getByLabel('Note title')).toHaveValue('Kept title');

  await page.waitForTimeout(500);
  const rows = await page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'qiraa')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qiraa');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('notes')) return [];
      return await new Promise<{ title: unknown }[]>((resolve, reject) => {
        const request = db.transaction('notes').objectStore('notes').getAll();
        request.onsuccess = () => resolve(request.result as { title: unknown }[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
  expect(rows.filter((row) => !row.title)).toEqual([]);
});

/** Serialized editor state of `children`, top-level blocks as Lexical stores them. */
function stateOf(children: object[]): string {
  return JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });
}
const text = (t: string) => ({ type: 'text', version: 1, text: t, detail: 0, format: 0, mode: 'normal', style: '' });
const block = (type: string, children: object[], extra: object = {}) => ({ type, version: 1, children, direction: null, format: '', indent: 0, ...extra });
const paragraph = (children: object[]) => block('paragraph', children, { textFormat: 0, textStyle: '' });

test('opening a note and closing it without typing leaves its stored row as it was', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  const stamp = 1_700_000_000_000;
  const row = (id: string, title: string, content: string) => ({ id, title, highlightId: null, docId: null, content, ...derivedFields(content), createdAt: stamp, modifiedAt: stamp });
  const long = 'نص طويل من فقرة واحدة يتكرر. '.repeat(800);
  const notes = [
    row('plain-target', 'الهدف', stateOf([paragraph([text('ملاحظة يشار إليها')])])),
    row('with-link', 'With a link', stateOf([paragraph([text('انظر '), { type: 'note-link', version: 1, noteId: 'plain-target', title: 'الهدف' }, text(' هنا')])])),
    row('with-passage', 'With a passage', stateOf([{ type: 'passage-link', version: 1, highlightId: 'h-gone', docId: 'doc-gone', quote: 'اقتباس من المقال' }, paragraph([text('تعليق')])])),
    row(
      'with-list',
      'With a list',
      stateOf([block('list', [block('listitem', [text('أولا')], { value: 1 }), block('listitem', [text('second')], { value: 2 })], { listType: 'bullet', start: 1, tag: 'ul' })]),
    ),
    row('with-heading', 'With a heading', stateOf([block('heading', [text('عنوان')], { tag: 'h2' }), paragraph([text('نص '), text('bold'), text(' بعده')])])),
    row('long-text', 'Long text', stateOf(Array.from({ length: 40 }, () => paragraph([text(long)])))),
  ];
  for (const [i, note] of notes.entries()) await putNote(page, { ...note, modifiedAt: stamp + i });
  await page.reload();
  await notebookTab(page).click();
  const rows = async () => new Map((await readDatabase(page)).notes.map((n) => [String(n.id), JSON.stringify(n)]));
  const before = await rows();

  for (const note of notes) {
    await page.locator(`[data-testid="note-item"][data-note-id="${note.id}"]`).click();
    await expect(editor(page)).toHaveAttribute('data-note-id', note.id);
    // Focused and left again without a keystroke.
    await editor(page).focus();
    await page.getByLabel('Note title').focus();
    await page.getByRole('button', { name: 'Close note' }).click();
    await expect(editor(page)).toHaveCount(0);
  }
  // Past the save interval and the rest time: a write made on opening would have landed.
  await page.waitForTimeout(1500);
  const after = await rows();
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  expect([...before].filter(([id, row]) => after.get(id) !== row).map(([id]) => id), 'notes rewritten by opening them').toEqual([]);
  // The notebook keeps its order: the newest stored edit first, not the last opened.
  await expect(page.getByTestId('note-item').first()).toHaveAttribute('data-note-id', notes.at(-1)!.id);
});
