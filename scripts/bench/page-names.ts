import type { Page } from '@playwright/test';

/**
 * The benches run under tsx, whose esbuild keeps function names by wrapping them in `__name(…)`;
 * a function handed to `page.evaluate` carries that call into the page, which has no `__name`.
 * This defines it there (as the identity) for every document the page loads.
 */
export async function defineNameHelper(page: Page): Promise<void> {
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
}
