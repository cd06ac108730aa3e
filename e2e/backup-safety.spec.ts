/**
 * Backups that validate must not break the app, one bad row must not blank the window, and links
 * that must not travel do not: refused backups leave everything usable, a failing panel shows a
 * message in its place, and a pasted javascript: link reaches no export.
 */
import type { Page } from '@playwright/test';
import { DOC_IDS, expect, openApp, openDocument, test } from './fixtures';
import { DOC, downloadFrom, editor, exportStatus, highlightItem, highlightPhrase, highlightsTab, newNote, notebookTab, readDatabase } from './actions';

const EMPTY_NOTE = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' }], direction: null, format: '', indent: 0 } });

function note(id: string, title: string, fields: Record<string, unknown> = {}) {
  return { id, title, highlightId: null, docId: null, content: EMPTY_NOTE, plainText: '', linkedNoteIds: [], linkedHighlightIds: [], createdAt: 1_700_000_000_000, modifiedAt: 1_700_000_000_000, ...fields };
}

/** A version 2 backup file holding only these notes. */
function backupOf(notes: object[]): string {
  const data = { settings: [], documentState: [], highlights: [], notes, documents: [], documentBodies: [], originals: [], collections: [] };
  return JSON.stringify({ format: 'qiraa-backup', version: 2, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: "Qira'a", version: '0.1.0' }, data });
}

async function restore(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('backup-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The library, the reader and the notebook all answer. */
async function expectUsable(page: Page, notes: number): Promise<void> {
  await expect(page.getByTestId('library-item')).toHaveCount(5);
  await openDocument(page, DOC_IDS[1]!);
  await expect(page.getByTestId('reader-body')).toBeVisible();
  await notebookTab(page).click();
  await expect(page.getByRole('button', { name: 'New note', exact: true })).toBeVisible();
  await expect(page.getByTestId('note-item')).toHaveCount(notes);
}

/** Writes a row straight into the app's IndexedDB, as data stored by an older build or another tool would be. */
async function storeRaw(page: Page, table: string, row: object): Promise<void> {
  await page.evaluate(
    async ({ table, row }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('qiraa');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        tx.objectStore(table).put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { table, row },
  );
}

test('a backup with a time of 1e300 is refused with a clear message, and the app stays usable after a reload', async ({ page }) => {
  await openApp(page);
  await restore(page, 'clock.json', backupOf([note('n-clock', 'ساعة معطلة', { modifiedAt: 1e300 })]));
  await expect(page.getByTestId('error')).toHaveText(/damaged.*note row 1 \(n-clock\), field “modifiedAt”: 1e\+300 is not a time/);
  await expect(exportStatus(page)).toHaveCount(0);
  await expectUsable(page, 0);
  await page.reload();
  await expectUsable(page, 0);
  expect((await readDatabase(page)).notes).toEqual([]);
});

test('a backup with a note whose content is not editor state is refused, naming the note', async ({ page }) => {
  await openApp(page);
  for (const [content, problem] of [
    ['ملاحظات عادية وليست JSON', /it is not JSON/],
    [JSON.stringify({ root: { type: 'root', children: [{ type: 'code', children: [] }] } }), /node of type “code”/],
  ] as const) {
    await restore(page, 'notes.json', backupOf([note('n-1', 'ملاحظة سليمة'), note('n-raw', 'مسودة قديمة', { content })]));
    await expect(page.getByTestId('error')).toHaveText(/damaged.*note row 2 \(n-raw\), field “content”: the note “مسودة قديمة” cannot be opened/);
    await expect(page.getByTestId('error')).toHaveText(problem);
  }
  await expectUsable(page, 0);
  await page.reload();
  await expectUsable(page, 0);
});

test('a backup from a clock that ran ahead restores its notes as edited now, not in the future', async ({ page }) => {
  await openApp(page);
  const ahead = Date.now() + 365 * 24 * 3600 * 1000;
  const before = Date.now();
  await restore(page, 'ahead.json', backupOf([note('n-ahead', 'من المستقبل', { createdAt: ahead, modifiedAt: ahead })]));
  await expect(exportStatus(page)).toContainText('Restored ahead.json');
  const [restored] = (await readDatabase(page)).notes;
  expect(restored).toMatchObject({ id: 'n-ahead' });
  expect(restored!['modifiedAt']).toBeGreaterThanOrEqual(before);
  expect(restored!['modifiedAt']).toBeLessThanOrEqual(Date.now());
  expect(restored!['createdAt']).toBe(restored!['modifiedAt']);
  await expectUsable(page, 1);
});

test('a stored note with a time a date cannot hold is listed with its date unknown, and the rest keeps working', async ({ page }) => {
  await openApp(page);
  await storeRaw(page, 'notes', note('n-bad', 'ساعة معطلة', { modifiedAt: 1e300 }));
  await page.reload();
  await openDocument(page, DOC);
  await notebookTab(page).click();
  const item = page.locator('[data-testid="note-item"][data-note-id="n-bad"]');
  await expect(item).toContainText('ساعة معطلة');
  await expect(item).toContainText('date unknown');
  await expect(page.getByTestId('error')).toHaveCount(0);
  await item.click();
  await expect(page.getByTestId('note-editor')).toBeVisible();
  await expect(page.getByTestId('library-item')).toHaveCount(5);
  await expect(page.getByTestId('reader-body')).toBeVisible();
});

test('a stored note whose content is not editor state opens read-only as plain text, is never overwritten, and the notebook keeps working', async ({ page }) => {
  await openApp(page);
  const raw = 'ملاحظات كتبت قبل المحرر وليست JSON <img src=x onerror="window.__pwned=true"> <b>غامق</b>';
  const unknown = JSON.stringify({ root: { type: 'root', children: [{ type: 'code', children: [{ type: 'text', text: 'سطر برمجي' }] }] } });
  await storeRaw(page, 'notes', note('n-raw', 'مسودة قديمة', { content: raw, plainText: raw }));
  await storeRaw(page, 'notes', note('n-code', 'عقدة مجهولة', { content: unknown, plainText: 'سطر برمجي' }));
  await storeRaw(page, 'notes', note('n-ok', 'ملاحظة سليمة'));
  await page.reload();
  await openDocument(page, DOC);
  await notebookTab(page).click();
  const pane = page.getByRole('region', { name: 'Open note' });

  for (const [id, content, problem] of [
    ['n-raw', raw, /could not be read: it is not JSON/],
    ['n-code', unknown, /could not be read: it holds a node of type “code”/],
  ] as const) {
    await page.locator(`[data-testid="note-item"][data-note-id="${id}"]`).click();
    await expect(pane.getByTestId('unreadable-note')).toContainText(problem);
    // Shown exactly as stored, as text: no markup in it became an element.
    await expect(pane.getByTestId('unreadable-note-content')).toHaveText(content);
    await expect(pane.getByTestId('unreadable-note-content').locator('*')).toHaveCount(0);
    await expect(pane.getByTestId('note-editor')).toHaveCount(0);
    await expect(page.locator('.side-panel').getByTestId('error')).toHaveCount(0);
    await pane.getByTestId('unreadable-note-content').click();
    await page.keyboard.type('نص جديد');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
  }
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();

  // Another note still opens and saves; the unreadable ones are listed and still open as before.
  await page.locator('[data-testid="note-item"][data-note-id="n-ok"]').click();
  await editor(page).click();
  await page.keyboard.type('نص محفوظ');
  await expect.poll(async () => (await readDatabase(page)).notes.find((n) => n['id'] === 'n-ok')?.['plainText']).toBe('نص محفوظ');
  await page.locator('[data-testid="note-item"][data-note-id="n-raw"]').click();
  await expect(pane.getByTestId('unreadable-note-content')).toHaveText(raw);
  await expect(page.getByTestId('note-item')).toHaveCount(3);
  await page.waitForTimeout(1000);
  const stored = (await readDatabase(page)).notes;
  expect(stored.find((n) => n['id'] === 'n-raw')).toMatchObject({ content: raw, title: 'مسودة قديمة' });
  expect(stored.find((n) => n['id'] === 'n-code')).toMatchObject({ content: unknown, title: 'عقدة مجهولة' });
  await expect(page.getByTestId('library-item')).toHaveCount(5);
  await openDocument(page, DOC_IDS[3]!);
  await expect(page.getByTestId('reader-body')).toBeVisible();
});

test('the note on a highlight whose content is not editor state is shown read-only beside the passage and never overwritten', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, 'ريتشارد ميلز جونيور');
  const raw = 'تعليق قديم على الفقرة، ليس JSON';
  await storeRaw(page, 'notes', note('n-on-highlight', 'تعليق', { highlightId: id, docId: DOC, content: raw, plainText: raw }));
  await highlightsTab(page).click();
  await highlightItem(page, id).click();
  await expect(page.getByTestId('unreadable-note-content')).toHaveText(raw);
  await expect(editor(page)).toHaveCount(0);
  await page.getByTestId('unreadable-note-content').click();
  await page.keyboard.type('نص جديد');
  await page.waitForTimeout(1000);
  expect((await readDatabase(page)).notes).toEqual([expect.objectContaining({ id: 'n-on-highlight', content: raw })]);
});

test('a pasted javascript: link and a Markdown javascript: link reach no export; a web link does', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await newNote(page, 'روابط ملصقة');
  await editor(page).click();
  await editor(page).evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>انظر <a href="javascript:alert(document.cookie)">هذا المصدر</a> و <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">ذاك</a> و <a href="https://example.org/libya">الموقع</a></p>');
    data.setData('text/plain', 'انظر هذا المصدر و ذاك و الموقع');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor(page)).toContainText('هذا المصدر');
  await page.keyboard.press('Enter');
  // The Markdown link shortcut fires on ")"; a URL with parentheses would never become a link.
  await page.keyboard.type('[اضغط](javascript:void0) ');
  await expect(editor(page).locator('p').nth(1)).toHaveText(/^اضغط\s*$/);
  await expect(editor(page).locator('a')).toHaveCount(1);
  await expect(editor(page).locator('a')).toHaveText('الموقع');
  await expect.poll(async () => (await readDatabase(page)).notes.find((n) => n['id'] === id)?.['plainText']).toMatch(/الموقع\nاضغط\s*$/);

  const stored = JSON.stringify((await readDatabase(page)).notes);
  expect(stored).not.toMatch(/javascript:|data:text/i);
  const markdown = await downloadFrom(page, 'export-all-markdown');
  expect(markdown.text).toContain('هذا المصدر');
  expect(markdown.text).toContain('](https://example.org/libya)');
  expect(markdown.text).not.toMatch(/javascript:|data:text|vbscript:/i);
  const annotations = await downloadFrom(page, 'export-annotations');
  expect(annotations.text).toContain('هذا المصدر');
  expect(annotations.text).not.toMatch(/javascript:|data:text/i);
  const backup = await downloadFrom(page, 'backup-export');
  expect(backup.text).not.toMatch(/javascript:|data:text/i);
});
