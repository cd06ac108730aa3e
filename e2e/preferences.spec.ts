import { expect, openApp, openDocument, test } from './fixtures';

test('font size, line height and theme are remembered after a reload', async ({ page }) => {
  await openApp(page);
  const body = page.getByTestId('reader');
  const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Looser lines' }).click();
  await page.getByLabel('Theme').selectOption('sepia');
  await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(before + 2);

  await page.reload();
  await expect(page.getByTestId('reader')).toBeVisible();
  await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(before + 2);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect(page.getByRole('status', { name: 'Current line height' })).toHaveText('2.1');
  expect(await body.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(2.1, 1);
});

test('the theme follows the operating system until the user picks one', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await context.close();
});

test('each document reopens where the reader left it, also after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 600 });
  await openApp(page);
  await openDocument(page, '004_67d69b7e7487ac74');
  const scroller = page.locator('.reader-scroll');
  const target = page.getByTestId('reader-body').locator('[data-block-index]').nth(8);
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const paragraph = await target.textContent();
  await page.waitForTimeout(500); // the position is saved after a short pause in scrolling

  await openDocument(page, '001_10e699bd053cc6a9');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  await openDocument(page, '004_67d69b7e7487ac74');
  await expect.poll(() => firstVisibleBlockText(page)).toBe(paragraph);

  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', '004_67d69b7e7487ac74');
  await expect.poll(() => firstVisibleBlockText(page)).toBe(paragraph);
});

async function firstVisibleBlockText(page: import('@playwright/test').Page): Promise<string | null> {
  return page.locator('.reader-scroll').evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top;
    const blocks = [...scroller.querySelectorAll<HTMLElement>('[data-block-index]')];
    return blocks.find((b) => b.getBoundingClientRect().bottom > top + 2)?.textContent ?? null;
  });
}

test('a renamed document keeps its new name after a reload, and the original can be restored', async ({ page }) => {
  await openApp(page);
  await openDocument(page, '000_14e37202ef5eb1ed');
  const original = await page.getByTestId('reader-title').textContent();
  await page.getByRole('button', { name: 'Rename document' }).click();
  await page.getByLabel('Document title').fill('الانسحاب من ليبيا (Mills, UN)');
  await page.getByLabel('Document title').press('Enter');
  await expect(page.getByTestId('reader-title')).toHaveText('الانسحاب من ليبيا (Mills, UN)');
  await expect(page.locator('[data-testid="library-item"][data-doc-id="000_14e37202ef5eb1ed"]')).toContainText('الانسحاب من ليبيا');

  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText('الانسحاب من ليبيا (Mills, UN)');
  await page.getByRole('button', { name: 'Restore original title' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(original ?? '');
});

test('the keyboard moves through the library and between documents', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', '000_14e37202ef5eb1ed');
  await page.locator('[data-testid="library-item"][aria-current="page"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', '002_c93f435b5cdcdac7');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', '003_a77fd7e03d334798');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', '002_c93f435b5cdcdac7');

  // The reading view itself takes focus and scrolls with the keyboard.
  const scroller = page.locator('.reader-scroll');
  await scroller.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
});

test('a damaged corpus file shows a clear error and the other documents still load', async ({ page }) => {
  await page.route('**/002_c93f435b5cdcdac7*.txt', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain', body: Buffer.from([0x64, 0xc3, 0x28, 0xff, 0xfe]) }),
  );
  await page.goto('/');
  await expect(page.getByTestId('library-item')).toHaveCount(4);
  const error = page.getByTestId('error');
  await expect(error).toHaveCount(1);
  await expect(error).toContainText('002_c93f435b5cdcdac7.txt');
  await expect(error).toContainText(/UTF-8/);
  await openDocument(page, '003_a77fd7e03d334798');
});
