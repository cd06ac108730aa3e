import { test as base, expect, type Page } from '@playwright/test';

/** Every test fails on a page error, a console error or a Content-Security-Policy violation. */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await use(problems);
      expect(problems, 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const DOC_IDS = [
  '000_14e37202ef5eb1ed',
  '001_10e699bd053cc6a9',
  '002_c93f435b5cdcdac7',
  '003_a77fd7e03d334798',
  '004_67d69b7e7487ac74',
];

/** Opens the app and waits until the library has loaded. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('library-item')).toHaveCount(5);
}

/** Opens one document from the library and waits for the reader to show it. */
export async function openDocument(page: Page, docId: string): Promise<void> {
  await page.locator(`[data-testid="library-item"][data-doc-id="${docId}"]`).click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId);
}
