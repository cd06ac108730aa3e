import type { Page } from '@playwright/test';
import { downloadFrom, libraryItem, seedText, watchProblems } from './actions';
import { expect, openApp, test } from './fixtures';

/** Real windows-1256 bytes: Chromium's own decoder, inverted. */
function windows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

const ARTICLE = seedText('001_10e699bd053cc6a9');
const TXT_TITLE = 'تقرير خاص عن الاقتصاد العربي';
const TXT_BODY = `${TXT_TITLE}\nقال خبراء الاقتصاد إن معدلات النمو في المنطقة العربية ستتحسن خلال العام المقبل، مدفوعة بارتفاع أسعار النفط وزيادة الاستثمارات الأجنبية.\nوأضافوا أن الحكومات مطالبة بإصلاحات هيكلية لضمان استدامة هذا النمو على المدى الطويل.`;
const MD = `---\ntitle: ملاحظات عن الانتخابات\nauthor: سارة أحمد\ndate: 2024-03-15\ntags: [انتخابات, سياسة]\n---\n\n# عنوان داخلي\n\nجرت الانتخابات في أجواء هادئة وسط إقبال متوسط من الناخبين في معظم المحافظات.\n\n> قال المراقبون إن العملية كانت نزيهة.\n\n- النقطة الأولى في القائمة\n- النقطة الثانية في القائمة\n`;
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>خبر عاجل - موقع الأخبار</title><meta property="og:site_name" content="موقع الأخبار"><script>window.__pwned = true</script></head><body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>مجلس الأمن يناقش الأزمة الإنسانية</h1><p>قال الأمين العام للأمم المتحدة إن الوضع الإنساني في المنطقة يتدهور بسرعة، داعياً إلى وقف فوري لإطلاق النار وفتح الممرات أمام قوافل الإغاثة الدولية.</p><p onclick="window.__pwned = true">وأضاف أن المنظمة مستعدة لتقديم كل الدعم اللازم للمدنيين المتضررين، مشيراً إلى <a href="javascript:window.__pwned=true">التقارير</a> التي تتحدث عن أعداد كبيرة من النازحين في المخيمات.</p><img src="x" onerror="window.__pwned = true"><p>ورحبت عدة دول بالدعوة، فيما طالبت أخرى بضمانات إضافية قبل الموافقة على أي اتفاق جديد بشأن الهدنة المقترحة خلال الأيام المقبلة.</p></article></body></html>`;

const file = (name: string, buffer: Buffer, mimeType = 'text/plain') => ({ name, mimeType, buffer });

/** Closes the last import's report, so the next one is read, not the last. */
async function closeReport(page: Page): Promise<void> {
  const report = page.getByTestId('import-progress');
  if ((await report.count()) === 0) return;
  // A running import shows Cancel; its report (with Close) comes when it has finished.
  await report.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(report).toHaveCount(0);
}

async function importFiles(page: Page, files: ReturnType<typeof file>[]): Promise<void> {
  await closeReport(page);
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles(files);
  await expect(page.getByTestId('import-progress')).toContainText(`${files.length} / ${files.length} files`);
  // Finished, not only counted: the report with its Close button has replaced the progress bar.
  await expect(page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true })).toBeVisible();
}

async function importedIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="library-item"][data-doc-id^="imp-"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-doc-id')!));
}

test('a mixed batch imports each format, lists every bad file with its reason, and survives a reload', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [
    file('اقتصاد.txt', windows1256(TXT_BODY)),
    file('انتخابات.md', Buffer.from(MD), 'text/markdown'),
    file('خبر.html', Buffer.from(HTML), 'text/html'),
    file('report.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'),
    file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'image/png'),
    file('empty.txt', Buffer.alloc(0)),
  ]);
  const report = page.getByTestId('import-progress');
  await expect(report).toContainText('3 documents added');
  await expect(report).toContainText('3 files not imported');
  for (const name of ['report.pdf', 'photo.png', 'empty.txt']) await expect(report.getByTestId('error').filter({ hasText: name })).toHaveCount(1);
  expect(await importedIds(page)).toHaveLength(3);

  // windows-1256 text comes out as Arabic, through the corpus parser.
  await page.locator('[data-testid="library-item"]', { hasText: TXT_TITLE }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(TXT_TITLE);
  await expect(page.getByTestId('reader-body')).toContainText('الاستثمارات الأجنبية');

  // Markdown: frontmatter title and author, quotes and list items as blocks.
  await page.locator('[data-testid="library-item"]', { hasText: 'ملاحظات عن الانتخابات' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('ملاحظات عن الانتخابات');
  await expect(page.getByTestId('reader-body').locator('blockquote')).toHaveText('قال المراقبون إن العملية كانت نزيهة.');
  await expect(page.getByTestId('reader-body').locator('.list-item')).toHaveCount(2);

  // HTML: the article only, as text; nothing from the page ran.
  await page.locator('[data-testid="library-item"]', { hasText: 'مجلس الأمن' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('مجلس الأمن يناقش الأزمة الإنسانية');
  await expect(page.getByTestId('reader-body')).toContainText('قوافل الإغاثة الدولية');
  await expect(page.getByTestId('reader-body')).not.toContainText('الرئيسية | سياسة');
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page.locator('[data-testid="reader"] a, [data-testid="reader"] img, [data-testid="reader"] script')).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('library-item').first()).toBeVisible();
  expect(await importedIds(page)).toHaveLength(3);
  await expect(page.getByTestId('reader-body')).toContainText('قوافل الإغاثة الدولية');
});

test('the same file imported twice is one document; files dropped on the window are imported', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [file('مقال.txt', Buffer.from(ARTICLE))]);
  await importFiles(page, [file('نسخة.txt', Buffer.from(ARTICLE))]);
  await expect(page.getByTestId('import-progress')).toContainText('1 already in the library');
  expect(await importedIds(page)).toHaveLength(1);

  const dataTransfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'مسحوب.txt', { type: 'text/plain' }));
    return data;
  }, TXT_BODY);
  await closeReport(page);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-progress')).toContainText('1 / 1 files');
  await expect(page.locator('[data-testid="library-item"]', { hasText: TXT_TITLE })).toHaveCount(1);
});

test('deleting a document asks first and can be undone; the filter finds documents ignoring hamza and diacritics', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [file('اقتصاد.txt', Buffer.from(TXT_BODY)), file('انتخابات.md', Buffer.from(MD), 'text/markdown')]);
  const filter = page.getByTestId('library-filter');
  await filter.fill('الاقتصاد');
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await filter.fill('ملاحظات عن الإنتخابات');
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await page.getByTestId('library-item').click();
  await expect(page.getByTestId('reader-title')).toHaveText('ملاحظات عن الانتخابات');
  await filter.fill('');

  const [docId] = await page.locator('[data-testid="library-item"][aria-current="page"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-doc-id')));
  await page.getByTestId('document-delete').click();
  await page.getByRole('button', { name: 'Delete, keep notes' }).click();
  await expect(libraryItem(page, docId!)).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(libraryItem(page, docId!)).toHaveCount(1);
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId!);
});

test('a backup carries imported documents, original bytes included, into a fresh browser', async ({ page, browser, baseURL }) => {
  await openApp(page);
  const bytes = windows1256(TXT_BODY);
  await importFiles(page, [file('اقتصاد.txt', bytes)]);
  const backup = await downloadFrom(page, 'backup-export');

  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  const problems: string[] = [];
  try {
    const fresh = await context.newPage();
    await watchProblems(fresh, problems);
    await openApp(fresh);
    await fresh.getByTestId('backup-import').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(fresh.locator('[data-testid="library-item"]', { hasText: TXT_TITLE })).toHaveCount(1);
    await fresh.locator('[data-testid="library-item"]', { hasText: TXT_TITLE }).click();
    await expect(fresh.getByTestId('reader-body')).toContainText('الاستثمارات الأجنبية');
    const download = fresh.waitForEvent('download');
    await fresh.getByRole('button', { name: 'Save original' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('اقتصاد.txt');
    const path = await saved.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  } finally {
    await context.close();
  }
  expect(problems).toEqual([]);
});

test('Ctrl+Alt+V (by physical key, so also with the Arabic layout) makes a document of pasted text', async ({ page }) => {
  await openApp(page);
  // The key the Arabic layout puts on V is "ر"; the shortcut follows the physical key.
  await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ر', code: 'KeyV', ctrlKey: true, altKey: true, bubbles: true })));
  const dialog = page.getByRole('dialog', { name: 'New document from clipboard' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await dialog.getByRole('textbox').fill(TXT_BODY);
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('reader-title')).toHaveText(TXT_TITLE);
  await expect(page.locator('[data-testid="library-item"][aria-current="page"]')).toHaveAttribute('data-doc-id', /^imp-/);

  // Esc closes the dialog without making anything.
  await page.getByRole('button', { name: 'From clipboard' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await importedIds(page)).toHaveLength(1);
});

test.describe('in the Arabic interface', () => {
  test.use({ locale: 'ar' });

  test('a refused file is given its reason in Arabic, naming the file', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles([file('empty.txt', Buffer.alloc(0)), file('report.pdf', Buffer.from('%PDF-1.7\n1 0 obj'), 'application/pdf')]);
    const errors = page.getByTestId('import-progress').getByTestId('error');
    await expect(errors).toHaveCount(2);
    await expect(errors.filter({ hasText: 'empty.txt' })).toContainText('الملف «empty.txt» فارغ، فليس فيه ما يُستورد.');
    await expect(errors.filter({ hasText: 'report.pdf' })).toContainText('الملف «report.pdf» مستند PDF.');
    await expect(page.getByTestId('import-progress')).not.toContainText(/is empty|PDF document|imported/);
  });
});
