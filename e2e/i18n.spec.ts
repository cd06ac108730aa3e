/**
 * The interface language: Arabic when the browser asks for it, mirrored chrome, the switch and
 * its memory, the main flows in Arabic, no English left in the Arabic chrome, axe, and a shortcut
 * typed in the Arabic keyboard layout.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildEpub, type EpubSpec } from '../renderer/src/core/import/epub-fixtures';
import { DOC, downloadFrom, exportStatus, putNote, seedText, selectPhrase } from './actions';
import { expect, openApp, openDocument, test } from './fixtures';

const PHRASE = 'الولايات المتحدة';
const tab = (page: Page, name: string) => page.getByRole('tab', { name });

/** The computed direction of the chrome (the app bar) and of the reading view. */
async function directions(page: Page): Promise<{ html: string | null; lang: string | null; chrome: string; reader: string }> {
  return page.evaluate(() => ({
    html: document.documentElement.getAttribute('dir'),
    lang: document.documentElement.getAttribute('lang'),
    chrome: getComputedStyle(document.querySelector('.app-bar')!).direction,
    reader: getComputedStyle(document.querySelector('[data-testid="reader"]')!).direction,
  }));
}

/**
 * Latin words the user can see in the chrome: text nodes and accessible names / hints
 * (aria-label, title, placeholder) outside user content (the reader, notes, titles, tags,
 * sources, search excerpts: anything isolated with <bdi> or dir="auto"). Option lists are left
 * out: the language switch names English in English on purpose.
 */
async function latinWordsInChrome(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const USER_CONTENT = '[data-testid="reader"], [data-testid="note-editor"], bdi, [dir="auto"], option, select, script, style, .search-excerpt, .highlight-text, .details-quote, .passage-quote, .unreadable-note-content';
    // Key names and file formats stay Latin in Arabic software.
    const ALLOWED = /^(?:Ctrl|Shift|Alt|Esc|Enter|JSON|JSON-LD|W3C|EPUB|PDF|txt|md|html|epub|[A-Z])$/;
    const found: string[] = [];
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ checkOpacity: false, checkVisibilityCSS: true }) ?? true;
    const check = (text: string, where: string) => {
      for (const word of text.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []) if (!ALLOWED.test(word)) found.push(`${word} (${where})`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(USER_CONTENT) || !visible(parent)) continue;
      check(node.textContent ?? '', parent.className || parent.tagName);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest(USER_CONTENT.replace(', select', '')) || !visible(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) check(el.getAttribute(name) ?? '', `${el.tagName}[${name}]`);
    }
    return found;
  });
}

/** A two-chapter book of corpus sentences. */
const BOOK: EpubSpec = {
  version: 3,
  title: 'كتاب للتجربة',
  language: 'ar',
  chapters: seedText(DOC)
    .split('\n')
    .filter((line) => line.length > 60)
    .slice(0, 2)
    .map((line, index) => ({ file: `ch${index + 1}.xhtml`, body: `<p>${line.replace(/[<>&]/g, '')}</p>` })),
};
const epubFile = (name: string, spec: EpubSpec) => ({ name, mimeType: 'application/epub+zip', buffer: Buffer.from(buildEpub(spec)) });

/** A version 2 backup holding only these collections. */
function backupWithCollections(collections: object[]): string {
  const data = { settings: [], documentState: [], highlights: [], notes: [], documents: [], documentBodies: [], originals: [], collections };
  return JSON.stringify({ format: 'qiraa-backup', version: 2, exportedAt: '2025-01-15T09:30:00.000Z', app: { name: "Qira'a", version: '0.1.0' }, data });
}

/** A standalone note row whose content is these Lexical paragraph children. */
const noteRow = (id: string, title: string, children: object[]) => ({
  id,
  title,
  highlightId: null,
  docId: null,
  content: JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' }], direction: null, format: '', indent: 0 } }),
  plainText: title,
  linkedNoteIds: [],
  linkedHighlightIds: [],
  createdAt: 1_700_000_000_000,
  modifiedAt: 1_700_000_000_000,
});

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).disableRules((await page.locator('[inert] h1').count()) > 0 ? ['page-has-heading-one'] : []).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test.describe('a browser that asks for Arabic', () => {
  test.use({ locale: 'ar' });

  test('opens in Arabic, the chrome mirrored and the reading view right to left', async ({ page }) => {
    await openApp(page);
    expect(await directions(page)).toEqual({ html: 'rtl', lang: 'ar', chrome: 'rtl', reader: 'rtl' });
    await expect(page.getByTestId('ui-language')).toHaveValue('ar');
    await expect(tab(page, 'التظليلات')).toBeVisible();
    await expect(page).toHaveTitle('قراءة');
    // The library is on the right in Arabic: its column starts where the reader's ends.
    const library = await page.locator('#library-column').boundingBox();
    const reader = await page.locator('.reader-pane').boundingBox();
    expect(library!.x).toBeGreaterThan(reader!.x);
  });

  test('shows no English word in the chrome, and passes the accessibility scan', async ({ page }) => {
    await openApp(page);
    await openDocument(page, DOC);
    expect(await latinWordsInChrome(page)).toEqual([]);
    // With a highlight chosen, its details and the selection toolbar are chrome too.
    await selectPhrase(page, PHRASE);
    expect(await latinWordsInChrome(page)).toEqual([]);
    await page.locator('[data-testid="highlight-color"][data-color="green"]').click();
    await page.getByTestId('highlight-item').first().click();
    await expect(page.getByRole('region', { name: 'التظليل المحدد' })).toBeVisible();
    expect(await latinWordsInChrome(page)).toEqual([]);
    await tab(page, 'الدفتر').click();
    expect(await latinWordsInChrome(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the main flows work in Arabic: open, highlight, note, search, export', async ({ page }) => {
    await openApp(page);
    await openDocument(page, DOC);

    // Highlight.
    await tab(page, 'التظليلات').click();
    await selectPhrase(page, PHRASE);
    await page.getByRole('button', { name: 'تظليل أصفر' }).click();
    const item = page.getByTestId('highlight-item').filter({ hasText: PHRASE });
    await expect(item).toHaveCount(1);
    await expect(page.locator('.highlight-list').locator('..').getByRole('heading', { name: /التظليلات/ })).toContainText('١');

    // A note on it.
    await item.click();
    await page.getByTestId('note-editor').click();
    await page.keyboard.type('ملاحظة على الطلب الأمريكي');
    await tab(page, 'الدفتر').click();
    await expect(page.getByTestId('note-item')).toHaveCount(1);
    await expect(page.getByTestId('note-item')).toContainText('ملاحظة على الطلب الأمريكي');
    // Its date is in Arabic, with Arabic-Indic digits.
    await expect(page.locator('.note-item-date')).toHaveText(/^[^A-Za-z0-9]*[٠-٩][^A-Za-z0-9]*$/);

    // Search.
    await page.getByTestId('search-input').fill('ليبيا');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    await page.keyboard.press('Escape');

    // Export: Arabic headings and labels, the same structure as in English.
    const file = await downloadFrom(page, 'export-markdown');
    await expect(exportStatus(page)).toContainText('حُفظ');
    expect(file.text).toMatch(/^---\ntitle: /);
    expect(file.text).toContain('\nhighlights: 1\n');
    expect(file.text).toContain('## التظليلات');
    expect(file.text).toMatch(/\^h-[A-Za-z0-9-]+/);
    expect(file.text).toMatch(/\*أصفر · القسم «[^»]*» · الفقرة 1\*|\*أصفر · الفقرة 1\*/);
    expect(file.text).not.toContain('## Highlights');
  });

  test('an EPUB missing a section is imported with the section named in Arabic; one with none readable is refused in Arabic', async ({ page }) => {
    await openApp(page);
    await page
      .getByTestId('import-files')
      .locator('input[type="file"]')
      .setInputFiles([epubFile('ناقص.epub', { ...BOOK, omit: ['OEBPS/ch2.xhtml'] }), epubFile('فارغ.epub', { ...BOOK, omit: ['OEBPS/ch1.xhtml', 'OEBPS/ch2.xhtml'] })]);
    const report = page.getByTestId('import-progress');
    await expect(report.getByRole('button', { name: 'إغلاق', exact: true })).toBeVisible();
    await expect(report.locator('.import-incomplete')).toContainText('القسم «OEBPS/ch2.xhtml» مفقود من الملف');
    await expect(report.getByTestId('error')).toContainText('لم يُقرأ أي قسم من أقسامه (قسمان): القسم «OEBPS/ch1.xhtml» مفقود من الملف؛ القسم «OEBPS/ch2.xhtml» مفقود من الملف.');
    // The section's path is a name, isolated; no English sentence is left around it.
    await expect(report.locator('.import-incomplete bdi')).toHaveText(['ناقص.epub', 'OEBPS/ch2.xhtml']);
    expect(await latinWordsInChrome(page)).toEqual([]);
  });

  test('a damaged backup is refused in Arabic, naming the row and field; switching the language words the refusal again', async ({ page }) => {
    await openApp(page);
    const backup = backupWithCollections([
      { id: 'col-1', name: 'ليبيا', createdAt: 1 },
      { id: 'col-2', name: 'تونس', createdAt: 1e300 },
    ]);
    await page.getByTestId('backup-import').setInputFiles({ name: 'تالفة.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const error = page.locator('.export-menu').getByTestId('error');
    await expect(error).toHaveText(/^هذه النسخة الاحتياطية تالفة، فلم تُستعد: صف المجموعة رقم [2٢] \(col-2\)، الحقل «createdAt»: القيمة 1e\+300 ليست وقتًا يمكن أن يحمله تاريخ\.$/);
    // The names in it (the row's id, the field, the value) are isolated; no English sentence is left.
    await expect(error.locator('bdi')).toHaveText(['col-2', 'createdAt', '1e+300']);
    expect(await latinWordsInChrome(page)).toEqual([]);

    await page.getByTestId('ui-language').selectOption('en');
    await expect(error).toHaveText('This backup is damaged and was not restored: collection row 2 (col-2), field “createdAt”: 1e+300 is not a time a date can hold.');
    await page.getByTestId('ui-language').selectOption('ar');
    await expect(error).toContainText('صف المجموعة رقم');

    // A status line follows the language too.
    const saved = await downloadFrom(page, 'backup-export');
    await expect(exportStatus(page)).toHaveText(`حُفظ \u2068${saved.name}\u2069.`);
    await page.getByTestId('ui-language').selectOption('en');
    await expect(exportStatus(page)).toHaveText(`Saved ${saved.name}.`);
  });

  test('a note the editor cannot open says why in Arabic', async ({ page }) => {
    await openApp(page);
    await putNote(page, noteRow('n-code', 'عقدة مجهولة', [{ type: 'code', version: 1, children: [] }]));
    await page.reload();
    await openDocument(page, DOC);
    await tab(page, 'الدفتر').click();
    await page.locator('[data-testid="note-item"][data-note-id="n-code"]').click();
    await expect(page.getByTestId('unreadable-note')).toContainText('تعذّرت قراءة هذه الملاحظة: فيها عقدة من نوع «code» لا يعرفه هذا الإصدار من «قراءة».');
    expect(await latinWordsInChrome(page)).toEqual([]);
  });

  test('a damaged bundled file is named in the library in Arabic', async ({ page }) => {
    await page.route(/004_67d69b7e7487ac74[^/]*\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: '' }));
    await page.goto('/');
    await expect(page.getByTestId('library-item')).toHaveCount(4);
    await expect(page.locator('.library-error')).toContainText('«004_67d69b7e7487ac74.txt» فارغ، فلا مقالة فيه تُقرأ.');
    expect(await latinWordsInChrome(page)).toEqual([]);
  });

  test('an exported link to a deleted note is marked in Arabic', async ({ page }) => {
    await openApp(page);
    await putNote(page, noteRow('n-link', 'ملاحظة تشير إلى أخرى', [{ type: 'text', version: 1, text: 'انظر ', format: 0, detail: 0, mode: 'normal', style: '' }, { type: 'note-link', version: 1, noteId: 'n-gone', title: 'تركيا' }]));
    await page.reload();
    await expect(page.getByTestId('library-item')).toHaveCount(5);
    const file = await downloadFrom(page, 'export-all-markdown');
    expect(file.text).toContain('انظر تركيا (ملاحظة محذوفة)');
    expect(file.text).not.toContain('deleted note');
  });

  test('H typed in the Arabic keyboard layout (the key that types ا) highlights the selection', async ({ page }) => {
    await openApp(page);
    await openDocument(page, DOC);
    await tab(page, 'التظليلات').click();
    await selectPhrase(page, PHRASE);
    const cdp = await page.context().newCDPSession(page);
    // What Chromium receives when H is pressed with the Arabic layout active.
    const key = { key: 'ا', code: 'KeyH', windowsVirtualKeyCode: 72, nativeVirtualKeyCode: 72 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: 'ا', unmodifiedText: 'ا', ...key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    await expect(page.getByTestId('highlight-item').filter({ hasText: PHRASE })).toHaveCount(1);
    await expect(page.locator('[data-testid="highlight"]').first()).toBeAttached();
  });
});

test.describe('a browser that asks for English', () => {
  test('opens in English: the chrome left to right, the reading view right to left', async ({ page }) => {
    await openApp(page);
    expect(await directions(page)).toEqual({ html: 'ltr', lang: 'en', chrome: 'ltr', reader: 'rtl' });
    await expect(page.getByTestId('ui-language')).toHaveValue('en');
    await expect(tab(page, 'Highlights')).toBeVisible();
  });

  test('switches to Arabic and back with the language setting, and remembers the choice across a reload', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('ui-language').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(tab(page, 'التظليلات')).toBeVisible();
    expect((await directions(page)).chrome).toBe('rtl');

    await page.reload();
    await expect(page.getByTestId('library-item')).toHaveCount(5);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByTestId('ui-language')).toHaveValue('ar');
    await expect(tab(page, 'التظليلات')).toBeVisible();

    await page.getByTestId('ui-language').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(tab(page, 'Highlights')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('library-item')).toHaveCount(5);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('shortcut hints name Ctrl, and aria-keyshortcuts Control, off macOS', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('.layout-toggle-library')).toHaveAttribute('title', /\(Ctrl\+Shift\+L\)$/);
    await expect(page.locator('.layout-toggle-library')).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+L');
    await expect(page.getByTestId('search-input')).toHaveAttribute('aria-keyshortcuts', 'Control+K /');
    await expect(page.locator('[title*="⌘"]')).toHaveCount(0);
  });

  test('on macOS, shortcut hints name ⌘ (⇧, ⌥), and aria-keyshortcuts Meta', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
      Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => ({ platform: 'macOS', mobile: false, brands: [] }) });
    });
    await openApp(page);
    await expect(page.locator('.layout-toggle-library')).toHaveAttribute('title', /\(⇧⌘L\)$/);
    await expect(page.locator('.layout-toggle-library')).toHaveAttribute('aria-keyshortcuts', 'Meta+Shift+L');
    await expect(page.locator('.layout-toggle-focus')).toHaveAttribute('title', /⇧⌘F/);
    await expect(page.getByTestId('search-input')).toHaveAttribute('aria-keyshortcuts', 'Meta+K /');
    await expect(page.locator('[aria-keyshortcuts="Meta+Alt+V"]')).toHaveAttribute('title', 'Shortcut: ⌥⌘V');
    await expect(page.locator('[title*="Ctrl"], [aria-label*="Ctrl"]')).toHaveCount(0);
    await expect(page.locator('[aria-keyshortcuts*="Control"]')).toHaveCount(0);
  });

  test('Latin or Arabic-Indic digits and the Hijri calendar are settings of their own', async ({ page }) => {
    await openApp(page);
    await openDocument(page, DOC);
    await tab(page, 'Notebook').click();
    await page.getByRole('button', { name: 'New note', exact: true }).click();
    await expect(page.locator('.note-item-date')).toHaveText(/\d{4}/);

    await page.getByText('Numbers and dates').click();
    await page.getByTestId('ui-digits').selectOption('arab');
    await expect(page.locator('.note-item-date')).toHaveText(/[٠-٩]{4}/);
    await page.getByTestId('ui-calendar').selectOption('islamic-umalqura');
    // The Umm al-Qura year is 14xx (AH) where the Gregorian one is 20xx.
    await expect(page.locator('.note-item-date')).toHaveText(/١٤[٠-٩]{2}/);
    await expect(page.locator('.note-item-date')).toContainText('AH');
  });
});
