import AxeBuilder from '@axe-core/playwright';
import { DOC_IDS, expect, openApp, openDocument, test } from './fixtures';

test('the library lists the five bundled documents and each one opens in the reader', async ({ page }) => {
  await openApp(page);
  const ids = await page.getByTestId('library-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-doc-id')));
  expect(ids).toEqual(DOC_IDS);
  for (const id of DOC_IDS) {
    await openDocument(page, id);
    await expect(page.getByTestId('reader-title')).not.toBeEmpty();
    await expect(page.getByTestId('reader-body').locator('p').first()).not.toBeEmpty();
  }
});

test('the reader is right-to-left Arabic', async ({ page }) => {
  await openApp(page);
  const reader = page.getByTestId('reader');
  await expect(reader).toHaveAttribute('dir', 'rtl');
  await expect(reader).toHaveAttribute('lang', 'ar');
  const direction = await page.getByTestId('reader-body').evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
});

test('a document with a title line shows it as its title, and derived titles are short', async ({ page }) => {
  await openApp(page);
  await openDocument(page, '003_a77fd7e03d334798');
  await expect(page.getByTestId('reader-title')).toHaveText('تحركات أميركية في ليبيا.. أمن المنطقة رهين بكبح التمدد الروسي');
  await openDocument(page, '000_14e37202ef5eb1ed');
  const derived = (await page.getByTestId('reader-title').textContent()) ?? '';
  expect(derived.length).toBeGreaterThan(10);
  expect(derived.length).toBeLessThan(100);
  expect(derived.startsWith('دعت الولايات المتحدة')).toBe(true);
});

test('site chrome and separator lines never appear in the reading text', async ({ page }) => {
  await openApp(page);
  for (const id of ['002_c93f435b5cdcdac7', '003_a77fd7e03d334798']) {
    await openDocument(page, id);
    const blocks = await page.getByTestId('reader-body').locator('[data-block-index]').allTextContents();
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks).not.toContain('تابعنا');
    expect(blocks).not.toContain('الأكثر تداولاً');
    expect(blocks.filter((text) => /^[-\s]*$/.test(text))).toEqual([]);
  }
});

test('byline, source, tags and related articles are shown as the document metadata', async ({ page }) => {
  await openApp(page);
  await openDocument(page, '001_10e699bd053cc6a9');
  const meta = page.getByTestId('doc-meta');
  await expect(meta).toContainText('بقلم علي بومنجل الجزائري');
  await expect(meta.locator('.tag')).toHaveCount(15);
  await expect(page.getByTestId('reader-body')).not.toContainText('بقلم علي بومنجل');
  await openDocument(page, '002_c93f435b5cdcdac7');
  await expect(meta).toContainText('TRT عربي - وكالات');
  await openDocument(page, '003_a77fd7e03d334798');
  await expect(meta).toContainText('باريس تضغط لتعيين مبعوث أممي جديد إلى ليبيا');
});

test('the text is set in the bundled Arabic face', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('reader-body')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
  );
  expect(fonts).toContain('Noto Naskh Arabic');
  const family = await page.getByTestId('reader-body').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family.startsWith('"Noto Naskh Arabic"')).toBe(true);
});

test('an accessibility scan of the library and the reader finds no violations', async ({ page }) => {
  await openApp(page);
  await openDocument(page, '002_c93f435b5cdcdac7');
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the dark and sepia themes also pass the accessibility scan', async ({ page }) => {
  await openApp(page);
  for (const theme of ['dark', 'sepia']) {
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
