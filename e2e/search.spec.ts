import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { editor, highlightItem, highlightPhrase, newNote, putNote, renameDocument } from './actions';
import { expect, openApp, openDocument, test } from './fixtures';

const seedText = (docId: string): string => readFileSync(new URL(`../seeds/${docId}.txt`, import.meta.url), 'utf8');

const input = (page: Page) => page.getByTestId('search-input');
const results = (page: Page) => page.getByTestId('search-result');

/** "الأمم المتحدة" typed with ه for the final ة, as many keyboards and writers do. */
const UN_WITH_HEH = 'الأمم المتحده';
const UN = 'الأمم المتحدة';

async function offsetsOf(result: Locator): Promise<{ docId: string; start: number; end: number }> {
  const [docId, start, end] = await Promise.all(['data-doc-id', 'data-start', 'data-end'].map((name) => result.getAttribute(name)));
  return { docId: docId ?? '', start: Number(start), end: Number(end) };
}

/** The reader's selection, and whether it lies inside both the window and the reader's scroll view. */
async function readerSelection(page: Page): Promise<{ text: string; visible: boolean }> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return { text: '', visible: false };
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const view = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    const visible = rect.height > 0 && rect.top >= Math.max(0, view.top) && rect.bottom <= Math.min(window.innerHeight, view.bottom);
    return { text: selection.toString(), visible };
  });
}

/** Checks that a chosen result opened its document with exactly the matched text selected and in view. */
async function expectShown(page: Page, chosen: { docId: string; start: number; end: number }): Promise<void> {
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', chosen.docId);
  const expected = seedText(chosen.docId).slice(chosen.start, chosen.end);
  await expect.poll(() => readerSelection(page)).toEqual({ text: expected, visible: true });
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
}

test('a query with ه for ة lists the documents holding it, best passage marked, and choosing one selects it in the reader', async ({ page }) => {
  await openApp(page);
  await input(page).fill(UN_WITH_HEH);
  await expect(results(page)).toHaveCount(4);
  await expect(page.locator('.search-summary')).toHaveText('4 documents');
  await expect(page.getByTestId('search-group')).toHaveCount(1);
  await expect(page.getByTestId('search-group')).toHaveAttribute('data-kind', 'document');
  await expect(results(page).and(page.locator('[data-kind="document"]'))).toHaveCount(4);
  const docIds = await results(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-doc-id')));
  expect(new Set(docIds)).toEqual(new Set(['000_14e37202ef5eb1ed', '001_10e699bd053cc6a9', '002_c93f435b5cdcdac7', '004_67d69b7e7487ac74']));
  for (const mark of await results(page).locator('mark').all()) await expect(mark).toHaveText(UN);
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'false');

  // A long document's passage.
  const last = results(page).and(page.locator('[data-doc-id="001_10e699bd053cc6a9"]'));
  const chosen = await offsetsOf(last);
  await last.click();
  await expect(page.locator('.search-popover')).toHaveCount(0);
  await expectShown(page, chosen);

  // The selection is a real one: the toolbar highlights it straight away.
  await page.getByTestId('selection-toolbar').getByTestId('highlight-color').first().click();
  await expect(page.getByTestId('highlights-panel').getByTestId('highlight-item')).toHaveText([UN]);
});

test('the keyboard finds, moves through and opens results', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+K');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type(UN_WITH_HEH);
  await expect(results(page)).toHaveCount(4);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const second = results(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id')) ?? '');
  const chosen = await offsetsOf(second);
  await page.keyboard.press('Enter');
  await expectShown(page, chosen);

  // Focus is in the reader now, so its own keys work: H highlights the selection.
  await page.keyboard.press('h');
  await expect(page.getByTestId('highlights-panel').getByTestId('highlight-item')).toHaveText([UN]);

  // "/" comes back to the field with the last results, now with the new highlight among them;
  // Escape closes them, and a second Escape clears the field.
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await expect(results(page).and(page.locator('[data-kind="highlight"]')).locator('mark')).toHaveText([UN]);
  await expect(results(page)).toHaveCount(5);
  await page.keyboard.press('Escape');
  await expect(results(page)).toHaveCount(0);
  await expect(input(page)).toHaveValue(UN_WITH_HEH);
  await page.keyboard.press('Escape');
  await expect(input(page)).toHaveValue('');
});

test('Enter straight after typing opens the first match without waiting for the list', async ({ page }) => {
  await openApp(page);
  await input(page).fill('مذكرا');
  await page.keyboard.press('Enter');
  const docId = '002_c93f435b5cdcdac7';
  const start = seedText(docId).indexOf('مُذكّراً');
  await expectShown(page, { docId, start, end: start + 'مُذكّراً'.length });
});

test('a query with diacritics finds the bare text, and bare text finds text with diacritics', async ({ page }) => {
  await openApp(page);
  await input(page).fill('الأُمَمُ المُتَّحِدَةُ');
  await expect(results(page)).toHaveCount(4);
  await expect(results(page).first().locator('mark')).toHaveText(UN);

  await input(page).fill('مذكرا');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('mark')).toHaveText('مُذكّراً');
  await expect(results(page)).toContainText('قال وزير الخارجية'); // the document's title
});

test('every word of a query is marked in the excerpt, each as written in the text', async ({ page }) => {
  await openApp(page);
  // Two words a few words apart in one sentence, the first typed with ه for ة.
  await input(page).fill('المرتزقه الصحراء');
  const hit = results(page).and(page.locator('[data-doc-id="001_10e699bd053cc6a9"]'));
  await expect(hit.locator('.search-excerpt')).toContainText('الآلاف من المرتزقة الروس والسوريين وجنوب الصحراء الأفريقية');
  await expect(hit.locator('.search-excerpt mark')).toHaveText(['المرتزقة', 'الصحراء']);
});

test('a query that matches nothing says so', async ({ page }) => {
  await openApp(page);
  await input(page).fill('كلمة لا ترد في أي مقال');
  await expect(page.locator('.search-summary')).toHaveText('No matches for “كلمة لا ترد في أي مقال”');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toHaveCount(1);
  await expect(results(page)).toHaveCount(0);
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
});

test('a new query typed into the emptied field does not open on the last query\'s results', async ({ page }) => {
  await openApp(page);
  await input(page).fill(UN_WITH_HEH);
  await expect(page.locator('.search-summary')).toHaveText('4 documents');
  await input(page).fill('');
  // Every result row drawn from now on.
  await page.evaluate(() => {
    const drawn: string[] = [];
    (window as unknown as { drawnRows: string[] }).drawnRows = drawn;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element) for (const row of [node, ...node.querySelectorAll('*')]) if (row.getAttribute('data-testid') === 'search-result') drawn.push(row.getAttribute('data-doc-id') ?? '?');
    }).observe(document.body, { childList: true, subtree: true });
  });
  await input(page).fill('زعفرانية');
  await expect(page.locator('.search-summary')).toHaveText('No matches for “زعفرانية”');
  expect(await page.evaluate(() => (window as unknown as { drawnRows: string[] }).drawnRows)).toEqual([]);
});

test('an accessibility scan with the results open finds no violations, in every theme', async ({ page }) => {
  test.slow(); // three full axe scans of the page take over 30 s on a loaded machine
  await openApp(page);
  for (const theme of ['light', 'dark', 'sepia']) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await input(page).fill(UN_WITH_HEH);
    await expect(results(page)).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.evaluate(() => document.fonts.ready);
    const scan = await new AxeBuilder({ page }).analyze();
    expect(scan.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    if (theme === 'dark') await page.screenshot({ path: test.info().outputPath('search-dark.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
});

const DOC = '000_14e37202ef5eb1ed';
const OTHER_DOC = '003_a77fd7e03d334798';
const details = (page: Page) => page.getByRole('region', { name: 'Selected highlight' });
const openNote = (page: Page) => page.getByRole('region', { name: 'Open note' });
const ofKind = (page: Page, kind: string) => results(page).and(page.locator(`[data-kind="${kind}"]`));

test('a highlight is found by its tag and opens in its document, selected with its details; the filters narrow the results', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, 'ريتشارد ميلز جونيور', 'green');
  await highlightItem(page, id).click();
  const tagField = details(page).getByLabel('Add tags');
  await tagField.fill('روسيا');
  await tagField.press('Enter');
  await expect(details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem')).toContainText(['روسيا']);
  await openDocument(page, OTHER_DOC);

  await input(page).fill('tag:روسيا');
  await expect(results(page)).toHaveCount(1);
  const hit = ofKind(page, 'highlight');
  await expect(hit).toHaveAttribute('data-highlight-id', id);
  await expect(hit.locator('mark')).toHaveText('روسيا');
  await expect(hit).toContainText('ريتشارد ميلز جونيور');
  await hit.click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', DOC);
  await expect(highlightItem(page, id)).toHaveAttribute('aria-current', 'true');
  await expect(details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem')).toContainText(['روسيا']);

  // The words find the passage in its document and the highlight; the filters narrow them down.
  await input(page).fill('ريتشارد ميلز');
  await expect(ofKind(page, 'highlight')).toHaveCount(1);
  await expect(ofKind(page, 'document')).toHaveAttribute('data-doc-id', DOC);
  const kinds = page.getByTestId('search-kind');
  await expect(kinds.and(page.locator('[data-kind="highlight"]'))).toContainText('1');
  await kinds.and(page.locator('[data-kind="highlight"]')).click();
  await expect(results(page)).toHaveCount(1);
  await expect(ofKind(page, 'highlight')).toHaveCount(1);
  await kinds.and(page.locator('[data-kind="all"]')).click();
  await expect(results(page)).toHaveCount(2);
  await page.getByTestId('search-color').selectOption('blue');
  await expect(results(page)).toHaveCount(0);
  await page.getByTestId('search-color').selectOption('green');
  await expect(results(page)).toHaveCount(1);
  await page.getByTestId('search-color').selectOption('');
  await page.getByTestId('search-tag').selectOption('روسيا');
  await expect(ofKind(page, 'highlight')).toHaveCount(1);
  await expect(results(page)).toHaveCount(1);
});

test('a note is found by a word in its body and opens in the notebook; a word typed into a note a moment ago is found', async ({ page }) => {
  await openApp(page);
  const first = await newNote(page, 'موقف الأطراف');
  await editor(page).click();
  await page.keyboard.type('تذكير: مراجعة موقف بلقيس من الاتفاق');
  const second = await newNote(page, 'ملاحظة أخرى');
  await expect(openNote(page)).toHaveAttribute('data-note-id', second);

  await input(page).fill('بلقيس');
  await expect(results(page)).toHaveCount(1);
  await expect(ofKind(page, 'note')).toHaveAttribute('data-note-id', first);
  await expect(ofKind(page, 'note').locator('mark')).toHaveText('بلقيس');
  await expect(ofKind(page, 'note')).toContainText('موقف الأطراف');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(openNote(page)).toHaveAttribute('data-note-id', first);
  await expect(editor(page)).toContainText('بلقيس');

  // An edit is searchable straight away, without reloading or reopening anything.
  await editor(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' وزعفران');
  await input(page).fill('زعفران');
  await expect(ofKind(page, 'note')).toHaveAttribute('data-note-id', first);
  await expect(ofKind(page, 'note').locator('mark')).toHaveText('وزعفران');
});

test('Ctrl+K reaches the search from inside a tag field and the note editor, also by key position with an Arabic layout', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, 'ريتشارد ميلز جونيور');
  await highlightItem(page, id).click();
  const tagField = details(page).getByLabel('Add tags');
  await tagField.click();
  await page.keyboard.press('Control+K');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type('ميلز');
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(0);
  await expect(tagField).toHaveValue('');

  await newNote(page, 'اختصار');
  await editor(page).click();
  // The K key on an Arabic layout types ن: the shortcut goes by the key's position.
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers: 2, key: 'ن', code: 'KeyK', windowsVirtualKeyCode: 75 });
  }
  await expect(input(page)).toBeFocused();
  await expect(input(page)).toHaveValue('ميلز');
  await expect(editor(page)).not.toContainText('ن');
});

/** The saved search index as stored in IndexedDB (null when there is none). */
async function savedIndex(page: Page): Promise<{ formatVersion: number; fingerprint: string; json: string } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('qiraa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('searchIndex').objectStore('searchIndex').get('research');
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
        };
      }),
  );
}

/** Rewrites the saved index row, as an older build or a damaged disk might have left it. */
async function pokeSavedIndex(page: Page, change: { formatVersion?: number; json?: string }): Promise<void> {
  await page.evaluate(
    (change) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('qiraa');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('searchIndex', 'readwrite');
          const store = tx.objectStore('searchIndex');
          const get = store.get('research');
          get.onsuccess = () => store.put({ ...get.result, ...change });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    change,
  );
}

test('the index is saved and reused after a restart; an outdated or damaged saved index is rebuilt with progress shown, and finds the same', async ({ page }) => {
  // Every text the progress line shows during a page's life (it may come and go between two polls).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { searchProgress: string[] }).searchProgress = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="search-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const progressSeen = () => page.evaluate(() => (window as unknown as { searchProgress: string[] }).searchProgress);
  const expectFound = async () => {
    await input(page).fill(UN_WITH_HEH);
    await expect(results(page)).toHaveCount(4);
    for (const mark of await results(page).locator('mark').all()) await expect(mark).toHaveText(UN);
  };

  await openApp(page);
  await expect.poll(() => savedIndex(page)).not.toBeNull();
  const saved = (await savedIndex(page))!;
  expect(await progressSeen()).toContainEqual(expect.stringMatching(/^Building the search index… \d+%$/));
  await expectFound();

  // Unchanged data: the saved index is loaded, nothing is indexed again.
  await page.reload();
  await expectFound();
  expect(await progressSeen()).toEqual([]);

  // Written by a build with another index format.
  await pokeSavedIndex(page, { formatVersion: saved.formatVersion + 1 });
  await page.reload();
  await expectFound();
  expect(await progressSeen()).toContainEqual(expect.stringMatching(/^Updating the search index… \d+%$/));
  await expect.poll(async () => (await savedIndex(page))?.formatVersion).toBe(saved.formatVersion);

  // Damaged on disk, though its fingerprint still matches.
  await pokeSavedIndex(page, { json: saved.json.slice(0, saved.json.length / 2) });
  await page.reload();
  await expectFound();
  expect(await progressSeen()).toContainEqual(expect.stringMatching(/^Rebuilding the search index… \d+%$/));
  await expect.poll(async () => (await savedIndex(page))?.json.length).toBe(saved.json.length);
});

test('a renamed document is found by its new title, listed under it, and opens; also after a reload', async ({ page }) => {
  const DOC = '000_14e37202ef5eb1ed';
  const renamed = 'مقالة مسماة زنجبيل';
  await openApp(page);
  await openDocument(page, DOC);
  await renameDocument(page, renamed);
  await highlightPhrase(page, 'ريتشارد ميلز جونيور');
  await openDocument(page, '003_a77fd7e03d334798');

  const findRenamed = async () => {
    await page.keyboard.press('Control+K');
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('زنجبيل');
    const hit = ofKind(page, 'document');
    await expect(hit).toHaveCount(1);
    await expect(hit).toHaveAttribute('data-doc-id', DOC);
    await expect(hit.locator('.search-result-title')).toHaveText(renamed);
    await expect(hit.locator('mark')).toHaveText('زنجبيل');
    return hit;
  };
  await (await findRenamed()).click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', DOC);
  await expect(page.getByTestId('reader-title')).toHaveText(renamed);

  // A highlight in it names it by the same title.
  await input(page).fill('ميلز');
  await expect(ofKind(page, 'highlight').locator('.search-result-title')).toHaveText(renamed);

  // After a reload (the saved index), from another document again.
  await page.reload();
  await openDocument(page, '003_a77fd7e03d334798');
  await findRenamed();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', DOC);
});

test('an imported document is searchable at once, opens at its passage, and leaves the results when deleted', async ({ page }) => {
  await openApp(page);
  const body = 'تقرير عن الأسواق\nارتفعت أسعار الأسطرلابات النحاسية في الأسواق القديمة هذا الشهر.\n';
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles({ name: 'أسواق.txt', mimeType: 'text/plain', buffer: Buffer.from(body) });
  await expect(page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true })).toBeVisible();
  await page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true }).click();

  await input(page).fill('الأسطرلاب');
  const hit = ofKind(page, 'document');
  await expect(hit).toHaveCount(1);
  const docId = (await hit.getAttribute('data-doc-id')) ?? '';
  expect(docId).toMatch(/^imp-/);
  await expect(hit.locator('mark')).toHaveText('الأسطرلابات');
  await hit.click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId);
  await expect.poll(() => readerSelection(page)).toEqual({ text: 'الأسطرلابات', visible: true });

  await page.getByTestId('document-delete').click();
  await page.getByRole('button', { name: 'Delete, keep notes' }).click();
  await input(page).fill('الأسطرلاب');
  await expect(page.locator('.search-summary')).toHaveText('No matches for “الأسطرلاب”');
  await expect(results(page)).toHaveCount(0);
});

test('a note written in another window is found in this one without reloading', async ({ page, context }) => {
  await openApp(page);
  await input(page).fill('خزامى');
  await expect(page.locator('.search-summary')).toHaveText('No matches for “خزامى”');

  const other = await context.newPage();
  await openApp(other);
  const noteId = await newNote(other, 'من النافذة الأخرى');
  await editor(other).click();
  await other.keyboard.type('زهرة الخزامى في الحديقة');

  // The field still holds the query; the answer to it changes as the index follows the other window.
  await expect(ofKind(page, 'note')).toHaveAttribute('data-note-id', noteId);
  await expect(ofKind(page, 'note').locator('mark')).toHaveText('الخزامى');
  await other.close();
});

/** A stored note row whose one paragraph is `text` (as the editor saves it). */
const noteRow = (id: string, title: string, text: string, modifiedAt: number) => ({
  id,
  title,
  highlightId: null,
  docId: null,
  content: JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' }],
      direction: null,
      format: '',
      indent: 0,
    },
  }),
  plainText: text,
  linkedNoteIds: [],
  linkedHighlightIds: [],
  createdAt: modifiedAt,
  modifiedAt,
});

test('a group with more results than its first page lists the best few and a "Show all", which the arrows reach and Enter opens to list them all', async ({ page }) => {
  await openApp(page);
  const ids = Array.from({ length: 9 }, (_, i) => `n-saffron-${i}`);
  for (const [i, id] of ids.entries()) await putNote(page, noteRow(id, `ملاحظة ${i + 1}`, `زراعة الزعفران في الحقل رقم ${i + 1}`, 1_700_000_000_000 + i));
  // Written behind the app's back: read at the next start.
  await openApp(page);

  await page.keyboard.press('Control+K');
  await page.keyboard.type('الزعفران');
  await expect(page.locator('.search-summary')).toHaveText('9 notes');
  const shownFirst = ofKind(page, 'note');
  await expect(shownFirst).toHaveCount(6);
  const showAll = page.getByTestId('search-show-all');
  await expect(showAll).toHaveText('Show all 9 results');
  await expect(showAll).toHaveAttribute('data-kind', 'note');
  const firstPage = await shownFirst.evaluateAll((els) => els.map((el) => el.getAttribute('data-note-id')));

  // The arrows move through the six notes and then onto "Show all".
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
  await expect(showAll).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', (await showAll.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');

  // All nine listed, the first six as before; the seventh takes the place "Show all" had.
  await expect(ofKind(page, 'note')).toHaveCount(9);
  await expect(showAll).toHaveCount(0);
  await expect(input(page)).toBeFocused();
  const all = await ofKind(page, 'note').evaluateAll((els) => els.map((el) => el.getAttribute('data-note-id')));
  expect(all.slice(0, 6)).toEqual(firstPage);
  expect(new Set(all)).toEqual(new Set(ids));
  const seventh = ofKind(page, 'note').nth(6);
  await expect(seventh).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const eighth = ofKind(page, 'note').nth(7);
  await expect(eighth).toHaveAttribute('aria-selected', 'true');
  const chosen = (await eighth.getAttribute('data-note-id')) ?? '';
  await page.keyboard.press('Enter');
  await expect(openNote(page)).toHaveAttribute('data-note-id', chosen);

  // A new query lists first pages again.
  await input(page).fill('زراعة الزعفران');
  await expect(ofKind(page, 'note')).toHaveCount(6);
  await expect(page.getByTestId('search-show-all')).toHaveText('Show all 9 results');
});
