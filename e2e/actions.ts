/**
 * What a user does in the reader, the notes and the export menu, for end-to-end tests; and how to
 * catch the downloads the browser build makes for every save and read IndexedDB as it is.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from './fixtures';

export const DOC = '000_14e37202ef5eb1ed';
export const seedText = (docId: string) => readFileSync(new URL(`../seeds/${docId}.txt`, import.meta.url), 'utf8');

export const editor = (page: Page) => page.getByTestId('note-editor');
export const notebookTab = (page: Page) => page.getByRole('tab', { name: 'Notebook' });
export const highlightsTab = (page: Page) => page.getByRole('tab', { name: 'Highlights' });
export const highlightItem = (page: Page, id: string) => page.locator(`[data-testid="highlight-item"][data-highlight-id="${id}"]`);
export const libraryItem = (page: Page, docId: string) => page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`);
export const exportStatus = (page: Page) => page.locator('.export-menu').getByRole('status');

/** Reports page errors, console errors and CSP violations of a page the `page` fixture does not cover. */
export async function watchProblems(page: Page, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** Selects the first occurrence of `text` in the reader body, as a mouse selection would leave it. */
export async function selectPhrase(page: Page, text: string): Promise<void> {
  await page.getByTestId('reader-body').evaluate((body, wanted) => {
    for (const block of body.querySelectorAll<HTMLElement>('[data-block-index]')) {
      const node = block.firstChild;
      const at = node instanceof Text ? node.data.indexOf(wanted) : -1;
      if (at === -1 || !(node instanceof Text)) continue;
      block.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the reader`);
  }, text);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
}

/** Highlights a phrase and returns the new highlight's id. */
export async function highlightPhrase(page: Page, text: string, color = 'yellow'): Promise<string> {
  await highlightsTab(page).click();
  await selectPhrase(page, text);
  await page.locator(`[data-testid="highlight-color"][data-color="${color}"]`).click();
  const item = page.getByTestId('highlight-item').filter({ hasText: text });
  await expect(item).toHaveCount(1);
  return (await item.getAttribute('data-highlight-id')) ?? '';
}

/** Opens a highlight's note and puts the caret in it. */
export async function openHighlightNote(page: Page, id: string): Promise<void> {
  await highlightsTab(page).click();
  await highlightItem(page, id).click();
  await editor(page).click();
}

/** Starts a free note in the notebook with a title, and returns its id. */
export async function newNote(page: Page, title: string): Promise<string> {
  await notebookTab(page).click();
  const pane = page.getByRole('region', { name: 'Open note' });
  const previous = (await pane.count()) > 0 ? await pane.getAttribute('data-note-id') : null;
  await page.getByRole('button', { name: 'New note', exact: true }).click();
  // The new note opens once it is stored; typing before that would rename the note still open.
  if (previous !== null) await expect(pane).not.toHaveAttribute('data-note-id', previous);
  await expect(page.getByLabel('Note title')).toHaveValue('');
  await page.getByLabel('Note title').fill(title);
  const item = page.getByTestId('note-item').filter({ hasText: title });
  await expect(item).toHaveCount(1);
  return (await item.getAttribute('data-note-id')) ?? '';
}

/** Types `[[` + `query` in the note editor and picks the note called `title` from the suggestions. */
export async function linkNote(page: Page, query: string, title: string): Promise<void> {
  await page.keyboard.type(`[[${query}`);
  await expect(page.getByRole('option', { name: title })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor(page).locator('[data-note-link]').filter({ hasText: title })).toHaveCount(1);
}

/** Renames the open document from the reader's title. */
export async function renameDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Rename document' }).click();
  await page.getByLabel('Document title').fill(title);
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(title);
}

export interface SavedFile {
  name: string;
  text: string;
}

export async function readDownload(download: Download): Promise<SavedFile> {
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Clicks an export button and returns the file the browser downloaded. */
export async function downloadFrom(page: Page, testId: string): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readDownload(download);
}

/**
 * Exports the notebook as a folder of files, which the browser build saves as one .zip holding
 * that folder; returns the files inside it.
 */
export async function downloadFolder(page: Page): Promise<SavedFile[]> {
  await page.getByLabel('Notebook export shape').selectOption('folder');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all-markdown').click()]);
  await expect(exportStatus(page)).toHaveText(/^Saved \d+ files\.$/);
  const count = Number(/\d+/.exec((await exportStatus(page).textContent()) ?? '')![0]);
  const zipName = download.suggestedFilename();
  expect(zipName).toMatch(/^Qiraa notebook \d{4}-\d{2}-\d{2}\.zip$/);
  const entries = Object.entries(unzipSync(readFileSync(await download.path())));
  const folder = zipName.replace(/\.zip$/, '');
  for (const [path] of entries) expect(path, 'every file is inside the one folder').toMatch(new RegExp(`^${folder}/[^/]+$`));
  expect(entries).toHaveLength(count);
  return entries.map(([path, bytes]) => ({ name: path.slice(folder.length + 1), text: strFromU8(bytes) }));
}

export type Tables = Record<'settings' | 'documentState' | 'highlights' | 'notes', Record<string, unknown>[]>;

/** Every row of the app's database, read straight from IndexedDB. */
export async function readDatabase(page: Page): Promise<Tables> {
  // Dexie stores schema version 3 as IndexedDB version 30.
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'qiraa')?.version ?? 0))
    .toBeGreaterThanOrEqual(30);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qiraa');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const names = ['settings', 'documentState', 'highlights', 'notes'] as const;
      const tx = db.transaction([...names], 'readonly');
      const rows = await Promise.all(
        names.map(
          (name) =>
            new Promise<Record<string, unknown>[]>((resolve, reject) => {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as Tables;
    } finally {
      db.close();
    }
  });
}

/**
 * Writes rows straight into the app's IndexedDB, table by table in one transaction, as a restored
 * backup, another build or another program would have left them (the app's Dexie never sees the write).
 */
export async function putRows(page: Page, tables: Record<string, readonly unknown[]>): Promise<void> {
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qiraa');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
}

/** Writes a note row straight into the app's IndexedDB, as a restored backup, another build or a long-written note would have left it. */
export async function putNote(page: Page, row: Record<string, unknown>): Promise<void> {
  await putRows(page, { notes: [row] });
}
