/**
 * Defects a new user met walking through the app (keyboard, layouts, everyday flows), each kept
 * from coming back by the smallest reproduction.
 */
import type { Page } from '@playwright/test';
import { DOC, editor, highlightItem, highlightPhrase, linkNote, newNote, selectPhrase } from './actions';
import { expect, openApp, openDocument, test } from './fixtures';

/** Presses a key as Chromium receives it with the Arabic keyboard layout active. */
async function pressInArabicLayout(page: Page, code: string, key: string, keyCode: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const press = { key, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: key, unmodifiedText: key, ...press });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...press });
}

test('“/” typed in the Arabic keyboard layout (the key that types ظ) goes to the search field', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await page.getByTestId('reader-title').click();
  await pressInArabicLayout(page, 'Slash', 'ظ', 191);
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(page.getByTestId('search-input')).toHaveValue('');
});

test('deleting the only document the filtered library shows opens another one instead of leaving the deleted one on screen', async ({ page }) => {
  await openApp(page);
  const title = 'وثيقة للاختبار';
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles([{ name: 'وثيقة.txt', mimeType: 'text/plain', buffer: Buffer.from(`${title}\n\nنص الوثيقة عن الموضوع الأول والثاني والثالث.\n`) }]);
  await page.getByTestId('library-filter').fill(title);
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await page.getByTestId('library-item').click();
  await expect(page.getByTestId('reader-title')).toHaveText(title);
  const docId = (await page.getByTestId('reader').getAttribute('data-doc-id'))!;

  await page.getByTestId('document-delete').click();
  await page.getByRole('button', { name: 'Delete, keep notes' }).click();
  await expect(page.getByTestId('library-item')).toHaveCount(0);
  await expect(page.getByTestId('reader')).not.toHaveAttribute('data-doc-id', docId);
  await expect(page.getByTestId('reader-title')).not.toHaveText(title);
  // Undo brings it back, open.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId);
});

test.describe('at 1024×640', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('with an import report open, the library still shows three whole documents, and export is reached by scrolling the column', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles([
      { name: 'فارغ.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'صورة.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
    ]);
    await expect(page.getByTestId('import-progress').getByTestId('error')).toHaveCount(2);
    const wholeRows = () =>
      page.locator('.library-list-frame').evaluate((frame) => {
        const box = frame.getBoundingClientRect();
        return [...frame.querySelectorAll('[data-testid="library-item"]')].filter((item) => {
          const r = item.getBoundingClientRect();
          return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= innerHeight;
        }).length;
      });
    await page.getByTestId('library').scrollIntoViewIfNeeded();
    expect(await wholeRows()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('backup-export').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('backup-export')).toBeInViewport();
  });

  test('Tab to “Restore backup…” scrolls the library column only, not the whole page: the app bar stays in view', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('backup-export').focus();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('backup-import')).toBeFocused();
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await expect(page.getByTestId('search-input')).toBeInViewport();
  });
});

test.describe('a phone-width window (360×700)', () => {
  test.use({ viewport: { width: 360, height: 700 } });

  for (const language of ['ar', 'en'] as const) {
    test(`in ${language === 'ar' ? 'Arabic' : 'English'}, the page is no wider than the window, so no text is cut off at its side`, async ({ page }) => {
      // The library is put away at this width; the first article opens in the reader.
      await page.goto('/');
      await expect(page.getByTestId('reader-title')).toBeVisible();
      await page.getByTestId('ui-language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
      expect(widths.page).toBe(widths.window);
      const title = await page.getByTestId('reader-title').boundingBox();
      expect(title!.x).toBeGreaterThanOrEqual(0);
      expect(title!.x + title!.width).toBeLessThanOrEqual(360);
    });
  }
});

test('after selecting a word with the mouse, Tab goes to the selection toolbar’s colours and Enter highlights', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await page.getByRole('tab', { name: 'Highlights' }).click();
  const paragraph = page.locator('[data-testid="reader-body"] [data-block-index]').nth(1);
  const box = (await paragraph.boundingBox())!;
  await page.mouse.dblclick(box.x + box.width - 60, box.y + 15);
  const word = await page.evaluate(() => getSelection()?.toString().trim() ?? '');
  expect(word.length).toBeGreaterThan(1);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('selection-toolbar').getByTestId('highlight-color').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('highlight-item').filter({ hasText: word })).toHaveCount(1);
});

test('in the Arabic interface the [[ link menu of a note opens inside the window, not off its left edge', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('ui-language').selectOption('ar');
  await page.getByRole('tab', { name: 'الدفتر' }).click();
  await page.getByRole('button', { name: 'ملاحظة جديدة', exact: true }).click();
  await page.getByTestId('note-editor').click();
  await page.keyboard.type('انظر [[تقرير');
  await expect(page.getByRole('option', { name: 'أنشئ ملاحظة «تقرير»' })).toBeVisible();
  const menu = page.locator('.typeahead-popover');
  await expect.poll(async () => (await menu.boundingBox())!.x).toBeGreaterThanOrEqual(0);
  const box = (await menu.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expect(page.getByRole('option', { name: 'أنشئ ملاحظة «تقرير»' })).toBeInViewport({ ratio: 1 });
});

test('with the library put away, Ctrl+Alt+V still shows the clipboard dialog (it left an invisible modal and the page inert)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByTestId('library')).toBeHidden();
  await page.evaluate(() => navigator.clipboard.writeText('عنوان من الحافظة\n\nنص منسوخ من موقع إخباري عن الاقتصاد.'));
  await page.keyboard.press('Control+Alt+V');
  const dialog = page.getByRole('dialog', { name: 'New document from clipboard' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveValue(/عنوان من الحافظة/);
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('عنوان من الحافظة');
});

test.describe('at 1024×640, where the side panel lies over the text', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('choosing a heading in the contents with the keyboard puts it at the top and leaves focus in the reading view, so PageDown reads on', async ({ page }) => {
    await openApp(page);
    let markdown = '---\ntitle: دليل طويل\n---\n\n';
    for (let chapter = 1; chapter <= 8; chapter++) {
      markdown += `## الفصل ${chapter}\n\n`;
      for (let paragraph = 1; paragraph <= 5; paragraph++) markdown += `فقرة ${paragraph} من الفصل ${chapter} فيها كلام عن الموضوع المطروح للنقاش في هذا الفصل من الكتاب، وتستمر الفقرة لتملأ السطر وأكثر.\n\n`;
    }
    await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles([{ name: 'دليل.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) }]);
    await page.getByTestId('library-item').filter({ hasText: 'دليل طويل' }).click();
    await expect(page.getByTestId('reader-title')).toHaveText('دليل طويل');
    await page.getByTestId('reader-title').click();
    await page.keyboard.press('Control+Shift+O');
    await expect(page.getByTestId('toc-item').first()).toBeFocused();
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('toc-item').filter({ hasText: 'الفصل 5' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('toc-item').first()).toBeHidden();
    await expect(page.locator('.reader-scroll')).toBeFocused();
    const scroller = page.locator('.reader-scroll');
    const before = await scroller.evaluate((element) => element.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(before);
  });
});

test('“New note” on a selection leaves the caret in the new note, after its passage, so typing writes the note', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await selectPhrase(page, 'الولايات المتحدة');
  await page.getByTestId('new-note-from-selection').click();
  const editor = page.locator('.note-pane').getByTestId('note-editor');
  await expect(editor).toContainText('الولايات المتحدة');
  await expect(editor).toBeFocused();
  await page.keyboard.type('ملاحظتي على الفقرة');
  await expect(editor).toContainText('ملاحظتي على الفقرة');
  // Typed after the passage, not before it.
  const text = await editor.innerText();
  expect(text.indexOf('ملاحظتي')).toBeGreaterThan(text.indexOf('الولايات المتحدة'));
});

test.describe('at 200% zoom (700×450), with a panel over the text', () => {
  test.use({ viewport: { width: 700, height: 450 }, deviceScaleFactor: 2 });

  for (const panel of ['sidePanel', 'library'] as const) {
    test(`Ctrl+K with the ${panel === 'library' ? 'library' : 'side panel'} open puts it away and searches what is typed`, async ({ page }) => {
      // The library is put away at this width; the first article opens in the reader.
      await page.goto('/');
      await expect(page.getByTestId('reader-title')).toBeVisible();
      await page.locator(`.layout-toggle-${panel}`).click();
      await expect(page.locator('.app-bar')).toHaveAttribute('inert', '');
      await page.keyboard.press('Control+k');
      await expect(page.getByTestId('search-input')).toBeFocused();
      await page.keyboard.type('الأمم');
      await expect(page.getByTestId('search-input')).toHaveValue('الأمم');
      await expect(page.getByTestId('search-result').first()).toBeVisible();
      await expect(page.locator('.app-bar')).not.toHaveAttribute('inert', '');
    });
  }
});

test('the “highlight deleted” toast stays while its Undo button has keyboard focus, and Enter then brings the highlight back', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, 'دعت الولايات');
  await highlightItem(page, id).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Selected highlight' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(highlightItem(page, id)).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: 'Highlight deleted' });
  await toast.getByRole('button', { name: 'Undo' }).focus();
  // Longer than the toast's 8 s on screen: a keyboard user who has reached Undo is not left with nothing.
  await page.waitForTimeout(9000);
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(highlightItem(page, id)).toHaveCount(1);
  await expect(toast).toBeHidden();
});

test('creating, renaming or giving up on a collection by keyboard leaves focus on the button that opened its form, not on the page', async ({ page }) => {
  await openApp(page);
  await page.locator('.library-options summary').focus();
  await page.keyboard.press('Enter');
  const newCollection = page.getByRole('button', { name: 'New collection' });
  await newCollection.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('بحث ليبيا');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-collection').locator('option:checked')).toHaveText('بحث ليبيا');
  await expect(newCollection).toBeFocused();

  const rename = page.getByRole('button', { name: 'Rename', exact: true });
  await page.keyboard.press('Tab');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' ٢');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('library-collection').locator('option:checked')).toHaveText('بحث ليبيا ٢');
  await expect(rename).toBeFocused();
});

test('choosing a backlink by keyboard opens that note with focus on its entry in the notebook, not on the page', async ({ page }) => {
  await openApp(page);
  const first = await newNote(page, 'ملاحظة أولى');
  const second = await newNote(page, 'ملاحظة ثانية');
  await editor(page).click();
  await linkNote(page, 'أولى', 'ملاحظة أولى');
  await page.locator(`[data-testid="note-item"][data-note-id="${first}"]`).click();
  const backlink = page.getByRole('region', { name: 'Linked from' }).getByTestId('backlink-item');
  await expect(backlink).toHaveText('ملاحظة ثانية');
  await backlink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Open note' })).toHaveAttribute('data-note-id', second);
  await expect(page.locator(`[data-testid="note-item"][data-note-id="${second}"]`)).toBeFocused();
});

test('removing a tag by keyboard leaves focus on the next tag’s ×, else the one before, else the tag field, never on the page', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, 'الولايات المتحدة');
  await highlightItem(page, id).focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Selected highlight' });
  const field = details.getByLabel('Add tags');
  await field.focus();
  await page.keyboard.type('روسيا، تركيا، ليبيا');
  await page.keyboard.press('Enter');
  const remove = (tag: string) => details.getByRole('button', { name: `Remove tag ${tag}` });
  await expect(remove('ليبيا')).toBeVisible();
  // From the field, back to the first tag's ×.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(remove('روسيا')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove('روسيا')).toHaveCount(0);
  await expect(remove('تركيا')).toBeFocused();
  // The last tag's ×: focus goes to the one before.
  await page.keyboard.press('Tab');
  await expect(remove('ليبيا')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove('ليبيا')).toHaveCount(0);
  await expect(remove('تركيا')).toBeFocused();
  // None left: the tag field, ready for the next tag.
  await page.keyboard.press('Enter');
  await expect(details.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(0);
  await expect(field).toBeFocused();
  await page.keyboard.type('مصر');
  await page.keyboard.press('Enter');
  await expect(remove('مصر')).toBeVisible();
});

/** Imports a short document, opens it and highlights a phrase of it; returns the document's and the highlight's ids. */
async function importAndHighlight(page: Page): Promise<{ docId: string; highlightId: string }> {
  const title = 'وثيقة للحذف';
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles([{ name: 'للحذف.txt', mimeType: 'text/plain', buffer: Buffer.from(`${title}\n\nنص الوثيقة عن الموضوع الأول والثاني والثالث.\n`) }]);
  await page.getByTestId('library-item').filter({ hasText: title }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(title);
  const docId = (await page.getByTestId('reader').getAttribute('data-doc-id'))!;
  const highlightId = await highlightPhrase(page, 'الموضوع الأول');
  return { docId, highlightId };
}

async function deleteWithHighlights(page: Page, docId: string): Promise<void> {
  await page.getByTestId('document-delete').click();
  await page.getByRole('button', { name: 'Delete with highlights and notes' }).click();
  await expect(page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`)).toHaveCount(0);
}

/** Presses Ctrl+Z as Chromium receives it with the Arabic keyboard layout active (the Z key types ئ). */
async function pressCtrlZInArabicLayout(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const press = { key: 'ئ', code: 'KeyZ', windowsVirtualKeyCode: 90, nativeVirtualKeyCode: 90, modifiers: 2 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...press });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...press });
}

test('Ctrl+Z while “Deleted … · Undo” is shown brings the document back with its highlights, as the toast’s Undo does, which names the shortcut', async ({ page }) => {
  await openApp(page);
  const { docId, highlightId } = await importAndHighlight(page);
  await deleteWithHighlights(page, docId);
  const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveText('Undo (Ctrl+Z)');
  await expect(undo).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
  await page.keyboard.press('Control+z');
  await expect(page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`)).toHaveCount(1);
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId);
  // One undo: the highlight made before the deletion stays.
  await expect(highlightItem(page, highlightId)).toHaveCount(1);
  await expect(undo).toHaveCount(0);
});

test('in the Arabic layout, Ctrl+Z undoes the most recent action first: a highlight made after a document deletion, then the deletion', async ({ page }) => {
  await openApp(page);
  const { docId, highlightId } = await importAndHighlight(page);
  await deleteWithHighlights(page, docId);
  await openDocument(page, DOC);
  await selectPhrase(page, 'الولايات المتحدة');
  await page.keyboard.press('KeyH');
  const later = page.getByTestId('highlight-item').filter({ hasText: 'الولايات المتحدة' });
  await expect(later).toHaveCount(1);

  await pressCtrlZInArabicLayout(page);
  await expect(later).toHaveCount(0);
  await expect(page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`)).toHaveCount(0);
  await pressCtrlZInArabicLayout(page);
  await expect(page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`)).toHaveCount(1);
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId);
  await expect(highlightItem(page, highlightId)).toHaveCount(1);
});

test('Ctrl+Z in a text field stays the field’s own undo while “Deleted … · Undo” is shown', async ({ page }) => {
  await openApp(page);
  const { docId } = await importAndHighlight(page);
  await deleteWithHighlights(page, docId);
  const filter = page.getByTestId('library-filter');
  await filter.click();
  await page.keyboard.type('الموضوع');
  await page.keyboard.press('Control+z');
  // The field's own undo took back (some of) the typing.
  await expect(filter).not.toHaveValue('الموضوع');
  await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`)).toHaveCount(0);
});
