import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

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

test('a query with ه for ة lists marked matches from several documents, and choosing one selects it in the reader', async ({ page }) => {
  await openApp(page);
  await input(page).fill(UN_WITH_HEH);
  await expect(results(page)).toHaveCount(8);
  await expect(page.locator('.search-summary')).toHaveText('8 matches in 4 documents');
  const docIds = await results(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-doc-id')));
  expect(new Set(docIds)).toEqual(new Set(['000_14e37202ef5eb1ed', '001_10e699bd053cc6a9', '002_c93f435b5cdcdac7', '004_67d69b7e7487ac74']));
  for (const mark of await results(page).locator('mark').all()) await expect(mark).toHaveText(UN);
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'false');

  // The last match of a long document, far below the opening screen.
  const last = results(page).and(page.locator('[data-doc-id="001_10e699bd053cc6a9"]')).last();
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
  await expect(results(page)).toHaveCount(8);

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

  // "/" comes back to the field with the last results; Escape closes them, and a second Escape clears the field.
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await expect(results(page)).toHaveCount(8);
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
  await expect(results(page)).toHaveCount(8);
  await expect(results(page).first().locator('mark')).toHaveText(UN);

  await input(page).fill('مذكرا');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('mark')).toHaveText('مُذكّراً');
  await expect(results(page)).toContainText('قال وزير الخارجية'); // the document title, for screen readers
});

test('a query that matches nothing says so', async ({ page }) => {
  await openApp(page);
  await input(page).fill('كلمة لا ترد في أي مقال');
  await expect(page.locator('.search-summary')).toHaveText('No matches for “كلمة لا ترد في أي مقال”');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toHaveCount(1);
  await expect(results(page)).toHaveCount(0);
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
});

test('an accessibility scan with the results open finds no violations, in every theme', async ({ page }) => {
  await openApp(page);
  for (const theme of ['light', 'dark', 'sepia']) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await input(page).fill(UN_WITH_HEH);
    await expect(results(page)).toHaveCount(8);
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
