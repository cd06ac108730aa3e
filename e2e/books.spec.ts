import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { buildEpub, type EpubSpec } from '../renderer/src/core/import/epub-fixtures';
import { highlightPhrase, highlightsTab, seedText } from './actions';
import { expect, openApp, test } from './fixtures';

// A book of real corpus sentences: three chapters long enough that each starts screens apart.
const SENTENCES = ['000_14e37202ef5eb1ed', '001_10e699bd053cc6a9', '002_c93f435b5cdcdac7']
  .flatMap((id) => seedText(id).split('\n'))
  .filter((line) => line.length > 60)
  .map((line) => line.replace(/[<>&]/g, ''));
const paragraphs = (from: number, count: number) => Array.from({ length: count }, (_, i) => `<p>${SENTENCES[(from + i) % SENTENCES.length]}</p>`).join('');

const TITLE = 'أوراق في السياسة الليبية';
const CHAPTERS = ['الفصل الأول: الموقف الأمريكي', 'الفصل الثاني: الحضور الروسي', 'الفصل الثالث: آفاق الحل'];
const SUBSECTION = 'المرتزقة الأجانب';
const BOOK: EpubSpec = {
  version: 3,
  title: TITLE,
  creators: ['سارة أحمد'],
  publisher: 'دار المعرفة',
  language: 'ar',
  date: '2022-05-01',
  direction: 'rtl',
  chapters: [
    { file: 'ch1.xhtml', body: `<h1>${CHAPTERS[0]}</h1>${paragraphs(0, 25)}` },
    { file: 'ch2.xhtml', body: `<h1>${CHAPTERS[1]}</h1>${paragraphs(25, 20)}<h2 id="mercenaries">${SUBSECTION}</h2>${paragraphs(45, 20)}` },
    { file: 'ch3.xhtml', body: `<h1>${CHAPTERS[2]}</h1>${paragraphs(65, 25)}<script>window.__pwned = true</script>` },
  ],
  nav: [
    [CHAPTERS[0]!, 'ch1.xhtml'],
    [CHAPTERS[1]!, 'ch2.xhtml', [[SUBSECTION, 'ch2.xhtml#mercenaries']]],
    [CHAPTERS[2]!, 'ch3.xhtml'],
  ],
};

const epubFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/epub+zip', buffer: Buffer.from(bytes) });

async function importFiles(page: Page, files: ReturnType<typeof epubFile>[]): Promise<void> {
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles(files);
  await expect(page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true })).toBeVisible();
}

async function closeReport(page: Page): Promise<void> {
  await page.getByTestId('import-progress').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
}

const contentsTab = (page: Page) => page.getByRole('tab', { name: 'Contents' });
const tocItem = (page: Page, title: string) => page.getByTestId('toc-item').filter({ hasText: title });
const heading = (page: Page, title: string) => page.getByTestId('reader-body').getByRole('heading', { name: title, exact: true });

/** How far (px) a heading's top is below the top of the reader's scrolling view. */
async function headingOffsetFromTop(page: Page, title: string): Promise<number> {
  return heading(page, title).evaluate((element) => {
    const scroller = element.closest('.reader-scroll') ?? document.scrollingElement!;
    return element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  });
}

async function openBook(page: Page): Promise<void> {
  await page.locator('[data-testid="library-item"]', { hasText: TITLE }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
}

test('an Arabic EPUB imports, opens with its metadata and headings, and its table of contents jumps to each section', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [epubFile('سياسة.epub', buildEpub(BOOK))]);
  await expect(page.getByTestId('import-progress')).toContainText('1 document added');
  await closeReport(page);
  await openBook(page);

  await expect(page.getByTestId('doc-meta')).toContainText('سارة أحمد');
  await expect(page.getByTestId('doc-meta')).toContainText('دار المعرفة');
  for (const title of CHAPTERS) await expect(heading(page, title)).toHaveCount(1);
  // The book's script is text that was never kept, let alone run.
  await expect(page.getByTestId('reader-body')).not.toContainText('__pwned');
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();

  await contentsTab(page).click();
  const toc = page.getByTestId('toc');
  await expect(toc.getByTestId('toc-item')).toHaveText([CHAPTERS[0]!, CHAPTERS[1]!, SUBSECTION, CHAPTERS[2]!]);
  // A title is user text: it takes its own direction.
  await expect(tocItem(page, SUBSECTION).locator('[dir="auto"]')).toHaveText(SUBSECTION);

  // Choosing an entry puts its heading at the top of the view, selects nothing, and marks the entry as where the reader is.
  await expect(heading(page, CHAPTERS[2]!)).not.toBeInViewport();
  await tocItem(page, CHAPTERS[2]!).click();
  await expect(heading(page, CHAPTERS[2]!)).toBeInViewport();
  await expect.poll(() => headingOffsetFromTop(page, CHAPTERS[2]!)).toBeLessThan(60);
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  await expect(tocItem(page, CHAPTERS[2]!)).toHaveAttribute('aria-current', 'location');

  await tocItem(page, SUBSECTION).click();
  await expect(heading(page, SUBSECTION)).toBeInViewport();
  await expect(tocItem(page, SUBSECTION)).toHaveAttribute('aria-current', 'location');
  await expect(page.getByTestId('toc').locator('[aria-current]')).toHaveCount(1);
});

test('Ctrl+Shift+O opens the table of contents at the current section; arrows and Enter jump from the keyboard', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [epubFile('سياسة.epub', buildEpub(BOOK))]);
  await closeReport(page);
  await openBook(page);
  await highlightsTab(page).click();

  await page.getByTestId('reader-title').click();
  await page.keyboard.press('Control+Shift+O');
  await expect(contentsTab(page)).toHaveAttribute('aria-selected', 'true');
  await expect(tocItem(page, CHAPTERS[0]!)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(tocItem(page, SUBSECTION)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, SUBSECTION)).toBeInViewport();
  await expect(tocItem(page, SUBSECTION)).toHaveAttribute('aria-current', 'location');

  // Away and back: the shortcut focuses the section being read.
  await highlightsTab(page).click();
  await page.keyboard.press('Control+Shift+O');
  await expect(tocItem(page, SUBSECTION)).toBeFocused();

  // Choosing the tab itself leaves focus on the tab, as tabs do.
  await highlightsTab(page).click();
  await contentsTab(page).click();
  await expect(tocItem(page, SUBSECTION)).toHaveAttribute('aria-current', 'location');
  await expect(contentsTab(page)).toBeFocused();
});

test('a highlight in a book survives a reload, and the book still has its table of contents', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [epubFile('سياسة.epub', buildEpub(BOOK))]);
  await closeReport(page);
  await openBook(page);
  const phrase = SENTENCES[1]!.slice(0, 30).trim();
  const id = await highlightPhrase(page, phrase);

  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  await highlightsTab(page).click();
  await expect(page.locator(`[data-testid="highlight-item"][data-highlight-id="${id}"]`)).toContainText(phrase);
  await expect(page.locator(`[data-testid="highlight"][data-highlight-id="${id}"]`).first()).toBeAttached();
  await contentsTab(page).click();
  await expect(page.getByTestId('toc-item')).toHaveCount(4);
});

test('damaged EPUBs are refused with their reason; one missing a section is imported with the section named', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [
    epubFile('ليس-كتابا.epub', zipSync({ 'notes.txt': strToU8('نص') })),
    epubFile('مقطوع.epub', buildEpub(BOOK).slice(0, 2000)),
    epubFile('ناقص.epub', buildEpub({ ...BOOK, title: 'كتاب ناقص', omit: ['OEBPS/ch2.xhtml'] })),
  ]);
  const report = page.getByTestId('import-progress');
  await expect(report).toContainText('1 document added');
  await expect(report.getByTestId('error').filter({ hasText: 'ليس-كتابا.epub' })).toContainText('cannot be imported as an EPUB book: it has no readable META-INF/container.xml');
  await expect(report.getByTestId('error').filter({ hasText: 'مقطوع.epub' })).toContainText('its zip archive is damaged');
  await expect(report.locator('.import-incomplete')).toContainText('the section “OEBPS/ch2.xhtml” is missing from the file');
  await closeReport(page);

  await page.locator('[data-testid="library-item"]', { hasText: 'كتاب ناقص' }).click();
  await contentsTab(page).click();
  await expect(page.getByTestId('toc-item')).toHaveText([CHAPTERS[0]!, CHAPTERS[2]!]);
});

test('a document without headings shows an empty table of contents', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('library-item').first().click();
  await contentsTab(page).click();
  await expect(page.getByTestId('toc')).toContainText('This document has no headings');
  await expect(page.getByTestId('toc-item')).toHaveCount(0);
});

test('in a long book, an entry far in puts its heading at the top of the view, where it stays', async ({ page }) => {
  test.setTimeout(120_000);
  // About a million characters: only the text near the view is drawn, and far chunks are measured only when reached.
  const chapters = Array.from({ length: 60 }, (_, c) => ({ file: `c${c}.xhtml`, body: `<h1>باب ${c + 1}</h1>${paragraphs(c * 7, 90)}` }));
  const book: EpubSpec = { version: 2, title: 'كتاب طويل', chapters, nav: chapters.map((chapter, c): [string, string] => [`باب ${c + 1}`, chapter.file]) };
  await openApp(page);
  await importFiles(page, [epubFile('طويل.epub', buildEpub(book))]);
  await closeReport(page);
  await page.locator('[data-testid="library-item"]', { hasText: 'كتاب طويل' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('كتاب طويل');
  await contentsTab(page).click();
  await tocItem(page, 'باب 50').click();
  await expect(heading(page, 'باب 50')).toBeInViewport();
  await expect.poll(() => headingOffsetFromTop(page, 'باب 50')).toBeLessThan(60);
  await expect(tocItem(page, 'باب 50')).toHaveAttribute('aria-current', 'location');
  expect(await headingOffsetFromTop(page, 'باب 50')).toBeGreaterThanOrEqual(-2);
});


test('Markdown ## / ### and HTML h2 / h3 headings nest in the table of contents and are drawn at their levels', async ({ page }) => {
  const [s1, s2, s3] = SENTENCES;
  const markdown = `# ${TITLE}\n\n${s1}\n\n## ${CHAPTERS[0]}\n\n${s2}\n\n### ${SUBSECTION}\n\n${s3}\n\n## ${CHAPTERS[1]}\n\n${s1}\n`;
  const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>صفحة الفصول</title></head><body><article><h1>صفحة الفصول</h1><h2>${CHAPTERS[2]}</h2><p>${s1}</p><h3>الحلول المقترحة</h3><p>${s2}</p><p>${s3}</p></article></body></html>`;
  await openApp(page);
  await importFiles(page, [
    { name: 'فصول.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) },
    { name: 'فصول.html', mimeType: 'text/html', buffer: Buffer.from(html) },
  ]);
  await closeReport(page);

  await openBook(page);
  const body = page.getByTestId('reader-body');
  await expect(body.getByRole('heading', { level: 2, name: CHAPTERS[0], exact: true })).toHaveCount(1);
  await expect(body.getByRole('heading', { level: 3, name: SUBSECTION, exact: true })).toHaveCount(1);
  await expect(body.getByRole('heading', { level: 2, name: CHAPTERS[1], exact: true })).toHaveCount(1);
  await contentsTab(page).click();
  await expect(page.getByTestId('toc-item')).toHaveText([CHAPTERS[0]!, SUBSECTION, CHAPTERS[1]!]);
  // Nested: the subsection's entry is indented under its chapter's (narrower, from the same end).
  const width = async (title: string) => (await tocItem(page, title).boundingBox())!.width;
  expect(await width(SUBSECTION)).toBeLessThan((await width(CHAPTERS[0]!)) - 8);
  expect(await width(CHAPTERS[1]!)).toBe(await width(CHAPTERS[0]!));

  await page.locator('[data-testid="library-item"]', { hasText: 'صفحة الفصول' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText('صفحة الفصول');
  await expect(body.getByRole('heading', { level: 3, name: 'الحلول المقترحة', exact: true })).toHaveCount(1);
  await contentsTab(page).click();
  await expect(page.getByTestId('toc-item')).toHaveText([CHAPTERS[2]!, 'الحلول المقترحة']);
  expect(await width('الحلول المقترحة')).toBeLessThan((await width(CHAPTERS[2]!)) - 8);
});

test('a book’s language, publisher, date and ISBN are shown under its title, labelled in the interface language, its own words isolated', async ({ page }) => {
  await openApp(page);
  await importFiles(page, [epubFile('سياسة.epub', buildEpub({ ...BOOK, identifier: 'urn:isbn:978-9953-68-556-2' }))]);
  await closeReport(page);
  await openBook(page);

  const details = page.getByTestId('book-details');
  const detail = (name: string) => details.locator(`[data-detail="${name}"]`);
  await expect(detail('language')).toHaveText(/^Language\s*Arabic$/);
  await expect(detail('publisher')).toHaveText(/^Publisher\s*دار المعرفة$/);
  await expect(detail('date')).toHaveText(/^Published\s*May 1, 2022$/);
  await expect(detail('identifier')).toHaveText(/^ISBN\s*978-9953-68-556-2$/);
  await expect(detail('publisher').locator('bdi[dir="auto"]')).toHaveText('دار المعرفة');
  await expect(detail('identifier').locator('bdi[dir="auto"]')).toHaveText('978-9953-68-556-2');
  await expect(detail('language')).toHaveAttribute('dir', 'ltr');

  await page.getByTestId('ui-language').selectOption('ar');
  await expect(detail('language')).toHaveText(/^اللغة\s*العربية$/);
  await expect(detail('publisher')).toHaveText(/^الناشر\s*دار المعرفة$/);
  await expect(detail('date')).toContainText('تاريخ النشر');
  await expect(detail('identifier')).toHaveText(/^ردمك\s*978-9953-68-556-2$/);
  await expect(detail('language')).toHaveAttribute('dir', 'rtl');

  // An article is not a book: no details.
  await page.locator('[data-testid="library-item"][data-doc-id="000_14e37202ef5eb1ed"]').click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', '000_14e37202ef5eb1ed');
  await expect(details).toHaveCount(0);
});
