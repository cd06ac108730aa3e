import type { Locator, Page } from '@playwright/test';
import { DOC, editor, highlightItem, highlightPhrase, highlightsTab, newNote, selectPhrase } from './actions';
import { expect, openApp, openDocument, test } from './fixtures';

/**
 * Where keyboard focus is after each dialog and action: a dialog takes focus, keeps it (Tab does
 * not leave it), sits by the button that opened it, and gives focus back; an action that removes
 * the focused control leaves focus on something sensible, never on the page body.
 */

const PHRASE = 'الولايات المتحدة';
const OTHER = 'مجلس الأمن';
const details = (page: Page) => page.getByRole('region', { name: 'Selected highlight' });

/** A description of the focused element, for readable failures. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
  });

async function expectFocusInside(page: Page, container: Locator): Promise<void> {
  await expect.poll(() => container.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}

/** Tabs round a dialog more times than it has controls: focus must never leave it. */
async function expectTrapped(page: Page, dialog: Locator): Promise<void> {
  const controls = await dialog.locator('button, input, select, textarea').count();
  for (let i = 0; i < controls + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), `Tab ${i + 1} left the dialog for ${await focused(page)}`).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
}

/** The dialog lies beside the control that opened it: within 2 rows of it, not across the window. */
async function expectNear(dialog: Locator, opener: Locator): Promise<void> {
  const a = (await dialog.boundingBox())!;
  const b = (await opener.boundingBox())!;
  const gap = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  expect(gap).toBeLessThan(80);
}

async function highlightWithNote(page: Page, phrase: string, text: string): Promise<string> {
  const id = await highlightPhrase(page, phrase);
  await highlightItem(page, id).click();
  await editor(page).click();
  await page.keyboard.type(text);
  return id;
}

test('Enter on a highlight in the list opens its details and moves focus into them', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, PHRASE);
  await highlightPhrase(page, OTHER);
  await page.keyboard.press('Escape');
  await highlightItem(page, id).focus();
  await page.keyboard.press('Enter');
  await expect(details(page)).toHaveAttribute('data-highlight-id', id);
  await expectFocusInside(page, details(page));
});

test('the “highlight has a note” question is a modal dialog by its button: focus in, trapped, back on Cancel, on the next highlight after deleting', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightWithNote(page, PHRASE, 'ملاحظة');
  const next = await highlightPhrase(page, OTHER);
  await highlightItem(page, id).click();
  const deleteButton = details(page).getByRole('button', { name: 'Delete', exact: true });
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'This highlight has a note' });
  await expect(dialog).toBeVisible();
  await expectFocusInside(page, dialog);
  await expectTrapped(page, dialog);
  await expectNear(dialog, deleteButton);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(deleteButton).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Delete note too' }).click();
  await expect(highlightItem(page, id)).toHaveCount(0);
  // The order in the list depends on the text; either neighbour will do, never the body.
  const neighbours = [next];
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['highlightId'] ?? document.activeElement?.id)).toMatch(new RegExp(`^(${neighbours.join('|')}|highlights-heading)$`));
});

test('deleting a highlight from its details leaves focus on the next highlight in the list', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const first = await highlightPhrase(page, PHRASE);
  const second = await highlightPhrase(page, OTHER);
  const ids = await page.getByTestId('highlight-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-highlight-id')));
  const [top, bottom] = ids[0] === first ? [first, second] : [second, first];
  await highlightItem(page, top).focus();
  await page.keyboard.press('Enter');
  await details(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(highlightItem(page, top)).toHaveCount(0);
  await expect(highlightItem(page, bottom)).toBeFocused();
});

test('“Delete this note?” is a modal dialog; deleting leaves focus in the notebook, not on the page', async ({ page }) => {
  await openApp(page);
  const target = await newNote(page, 'Doomed');
  await newNote(page, 'Linker');
  await editor(page).click();
  await page.keyboard.type('[[Doo');
  await page.getByRole('option', { name: 'Doomed' }).click();
  await page.locator(`[data-testid="note-item"][data-note-id="${target}"]`).click();
  const deleteButton = page.getByRole('button', { name: 'Delete note' });
  await deleteButton.click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this note?' });
  await expectFocusInside(page, dialog);
  await expectTrapped(page, dialog);
  await expectNear(dialog, deleteButton);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(deleteButton).toBeFocused();

  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator(`[data-testid="note-item"][data-note-id="${target}"]`)).toHaveCount(0);
  await expect(page.getByTestId('note-item').filter({ hasText: 'Linker' })).toBeFocused();
});

test('deleting a note nothing links to leaves focus in the notebook', async ({ page }) => {
  await openApp(page);
  await newNote(page, 'Keeper');
  const doomed = await newNote(page, 'Lonely');
  await page.getByRole('button', { name: 'Delete note' }).click();
  await expect(page.locator(`[data-testid="note-item"][data-note-id="${doomed}"]`)).toHaveCount(0);
  await expect(page.getByTestId('note-item').filter({ hasText: 'Keeper' })).toBeFocused();
});

test('Esc in the note editor leaves focus on the note, not the page', async ({ page }) => {
  await openApp(page);
  const id = await newNote(page, 'Escaping');
  await editor(page).click();
  await page.keyboard.type('نص');
  await page.keyboard.press('Escape');
  // Lexical blurs the editor at once; focus then moves to the note's entry a task later.
  await expect(page.locator(`[data-testid="note-item"][data-note-id="${id}"]`)).toBeFocused();
  expect(await focused(page)).not.toBe('body');
});

test('restoring with “replace all” asks in a modal dialog that gives focus back when cancelled', async ({ page }) => {
  await openApp(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
  const path = await download.path();
  await page.getByLabel('How to restore').selectOption('replace');
  await page.getByTestId('backup-import').setInputFiles(path);
  const dialog = page.getByRole('alertdialog', { name: 'Replace everything with this backup?' });
  await expectFocusInside(page, dialog);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectTrapped(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.export-menu')).not.toContainText('Restored');
  // Focus is back by the file input's label.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('backup-import');
});

test('the colour swatches are one Tab stop; arrow keys move between them in the reading direction', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await highlightsTab(page).click();
  await selectPhrase(page, PHRASE);
  const toolbar = page.getByTestId('selection-toolbar');
  const swatches = toolbar.getByTestId('highlight-color');
  await swatches.first().focus();
  expect(await swatches.evaluateAll((all) => all.filter((b) => (b as HTMLElement).tabIndex === 0).length)).toBe(1);
  const colourOf = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset['color']);
  const start = await colourOf();
  const rtl = await toolbar.evaluate((el) => getComputedStyle(el).direction === 'rtl');
  await page.keyboard.press(rtl ? 'ArrowLeft' : 'ArrowRight');
  const moved = await colourOf();
  expect(moved).not.toBe(start);
  await page.keyboard.press(rtl ? 'ArrowRight' : 'ArrowLeft');
  expect(await colourOf()).toBe(start);
  // One Tab leaves the group for the next control.
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Underline' })).toBeFocused();

  // The highlight's own colour: a radio group, one Tab stop, arrows choose.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  const id = await page.getByTestId('highlight-item').first().getAttribute('data-highlight-id');
  await highlightItem(page, id!).click();
  const radios = details(page).getByRole('radiogroup', { name: 'Colour' }).getByRole('radio');
  expect(await radios.evaluateAll((all) => all.filter((b) => (b as HTMLElement).tabIndex === 0).length)).toBe(1);
  await details(page).getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('End');
  await expect(radios.last()).toBeFocused();
  await expect(radios.last()).toHaveAttribute('aria-checked', 'true');
});

test('deleting a collection asks in a modal dialog and leaves focus on the collection picker', async ({ page }) => {
  await openApp(page);
  // The collection controls may sit under the library's "Sort and filters".
  const options = page.locator('details.library-options:not([open]) > summary');
  if ((await options.count()) > 0) await options.click();
  await page.getByRole('button', { name: 'New collection' }).click();
  await page.getByLabel('New collection name').fill('مؤقتة');
  await page.getByRole('button', { name: 'Create' }).click();
  const remove = page.locator('.collection-actions').getByRole('button', { name: 'Delete' });
  await remove.click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete collection' });
  await expectFocusInside(page, dialog);
  await expectTrapped(page, dialog);
  await dialog.getByRole('button', { name: 'Delete collection' }).click();
  await expect(page.getByTestId('library-collection')).toBeFocused();
});

test('deleting an imported document asks in a modal dialog and leaves focus in the library', async ({ page }) => {
  await openApp(page);
  await page
    .getByTestId('import-files')
    .locator('input[type="file"]')
    .setInputFiles({ name: 'مقالة.txt', mimeType: 'text/plain', buffer: Buffer.from('مقالة للحذف\n\nنص قصير عن الاقتصاد والتجارة في المنطقة.\n') });
  await expect(page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true })).toBeVisible();
  await page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true }).click();
  await page.getByTestId('library-item').filter({ hasText: 'مقالة للحذف' }).click();
  const remove = page.getByTestId('document-delete');
  await remove.click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this document' });
  await expect(dialog.getByRole('button', { name: 'Delete, keep notes' })).toBeFocused();
  await expectTrapped(page, dialog);
  await expectNear(dialog, remove);
  await page.keyboard.press('Escape');
  await expect(remove).toBeFocused();
  await remove.click();
  await dialog.getByRole('button', { name: 'Delete, keep notes' }).click();
  await expect(page.getByTestId('library-item').filter({ hasText: 'مقالة للحذف' })).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('library-item');
});

test('F7 gives the reading view a caret: Shift+arrows select, H highlights, and typing changes nothing', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await highlightsTab(page).click();
  const body = page.getByTestId('reader-body');
  const textBefore = await body.innerText();
  await page.getByTestId('reader-title').click();
  await page.keyboard.press('F7');
  await expectFocusInside(page, body);
  // Typing, deleting, pasting and Enter are refused: the article is not editable.
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  expect(await body.innerText()).toBe(textBefore);

  await page.keyboard.press('Control+ArrowLeft');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowLeft');
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  expect(selected.trim().length).toBeGreaterThan(3);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  // By the start of a right-to-left line, near the window's edge, the toolbar keeps its swatches in one row.
  const tops = await page.getByTestId('highlight-color').evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await page.keyboard.press('h');
  const item = page.getByTestId('highlight-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(selected.trim().slice(0, 3));
  expect(await body.innerText()).toBe(textBefore);

  // F7 again: the caret goes, focus stays in the reading view.
  await page.keyboard.press('F7');
  await expect(body).not.toHaveAttribute('contenteditable', 'true');
  await expectFocusInside(page, page.locator('.reader-scroll'));
});

test('Undo in the “highlight deleted” toast brings the highlight back with focus on it', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, PHRASE);
  await highlightItem(page, id).focus();
  await page.keyboard.press('Enter');
  await details(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(highlightItem(page, id)).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(highlightItem(page, id)).toHaveCount(1);
  await expect(highlightItem(page, id)).toBeFocused();
});

test.describe('a 1024×640 window', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('by the start of a right-to-left line, at the window’s edge, the toolbar keeps its swatches in one row, inside the window', async ({ page }) => {
    await openApp(page);
    await openDocument(page, DOC);
    await selectPhrase(page, 'دعت الولايات');
    const tops = await page.getByTestId('highlight-color').evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const toolbar = (await page.getByTestId('selection-toolbar').boundingBox())!;
    expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(1024);
  });
});
