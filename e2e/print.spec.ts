import { DOC, editor, highlightItem, highlightPhrase } from './actions';
import { expect, openApp, openDocument, test } from './fixtures';

/**
 * Printing an article: the title, its details and its text with the highlights visible, no app
 * chrome; its notes after it when asked for. Checked with print media emulated, and a real PDF.
 */

const PHRASE = 'الولايات المتحدة';

test.beforeEach(async ({ page }) => {
  // The print dialog would wait for a person; the test only needs to know it was asked for.
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset['printed'] = String(Number(document.body.dataset['printed'] ?? 0) + 1);
    };
  });
});

test('printed, an article shows its title, details and text with the highlight marked, and none of the app around it', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, PHRASE, 'green');
  const title = (await page.getByTestId('reader-title').innerText()).trim();
  // Until a print is asked for, the whole text is not held a second time in the page.
  await expect(page.getByTestId('print-view')).toHaveCount(0);
  await page.getByTestId('print-document').click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '1');

  await page.emulateMedia({ media: 'print' });
  const view = page.getByTestId('print-view');
  await expect(view).toBeVisible();
  await expect(view.locator('h1')).toHaveText(title);
  for (const chrome of ['.app-bar', '#library-column', '#side-panel', '[data-testid="reader"]', '[data-testid="selection-toolbar"]']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  const mark = view.locator(`mark[data-highlight-id="${id}"]`);
  await expect(mark).toHaveText(PHRASE);
  const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  expect(await mark.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
  // The whole text is printed, not only what the virtualised reader has drawn.
  const printed = await view.locator('article').innerText();
  await page.emulateMedia({ media: 'screen' });
  const lastWords = (await page.getByTestId('reader-body').locator('[data-start]').last().innerText()).trim().slice(-20);
  expect(printed).toContain(lastWords);

  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);
});

test('“Print with notes” adds the article’s notes after its text; “Print” leaves them out', async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  const id = await highlightPhrase(page, PHRASE);
  await highlightItem(page, id).click();
  await editor(page).click();
  await page.keyboard.type('ملاحظة للطباعة');

  await page.getByTestId('print-document-notes').click();
  await page.emulateMedia({ media: 'print' });
  const notes = page.getByTestId('print-view').locator('.print-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('ملاحظة للطباعة');
  await expect(notes.locator('blockquote')).toHaveText(PHRASE);

  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('print-document').click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-view')).toBeVisible();
  await expect(notes).toHaveCount(0);
});

test("the browser's own print (beforeprint) draws the print view, and it is gone again after", async ({ page }) => {
  await openApp(page);
  await openDocument(page, DOC);
  await expect(page.getByTestId('print-view')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByTestId('print-view').locator('article')).toContainText(PHRASE);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByTestId('print-view')).toHaveCount(0);
});
