/**
 * A book of a million characters (generated from the corpus, headings every dozen paragraphs):
 * only the text near the view is in the DOM, yet find in document, search results, highlights,
 * the reading position and the reading progress all work on the whole book.
 */
import type { Page } from '@playwright/test';
import { bookLines, corpusSentences } from '../scripts/bench/book-text';
import { readDatabase } from './actions';
import { expect, openApp, test } from './fixtures';
import { caretPoint, expectHighlightOver, selectionOffsets, type TextPoint } from './text-points';

const TITLE = 'كتاب الأخبار والوقائع';
/** Put in three places of the book, with diacritics; found by a query without them and with ه for ة. */
const MARK = 'مخطوطةُ قنطرةِ الزعفران';
const MARK_QUERY = 'مخطوطه قنطره الزعفران';
/** Put in once, near the end, for the library search. */
const RARE = 'أسطرلاب الزرقالي العجيب';

function makeBook(): { text: string; marks: number[]; rare: number } {
  const lines = bookLines(corpusSentences(), { bytes: 2_000_000 });
  const at = (share: number) => Math.floor(lines.length * share);
  // Inserted from the end, so the earlier places keep their line numbers.
  lines.splice(at(0.93), 0, `وقد ذكرت ${MARK} في آخر الكتاب.`);
  lines.splice(at(0.88), 0, `ومن عجائب ذلك ${RARE} الذي وصفه الرحالة.`);
  lines.splice(at(0.5), 0, `ثم عادت ${MARK} إلى الظهور في وسطه.`);
  lines.splice(at(0.1), 0, `وأول ما يذكر ${MARK} في أوله.`);
  const text = `${lines.join('\n')}\n`;
  const marks: number[] = [];
  for (let i = text.indexOf(MARK); i !== -1; i = text.indexOf(MARK, i + 1)) marks.push(i);
  return { text, marks, rare: text.indexOf(RARE) };
}

const scroller = (page: Page) => page.locator('.reader-scroll');
const progress = (page: Page) => page.getByTestId('reading-progress');

/** Whether the current selection is inside the reading view's visible area. */
async function selectionInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0) return false;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const view = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    return rect.height > 0 && rect.top >= view.top && rect.bottom <= view.bottom;
  });
}

/** Elements and characters of text in the reader body now. */
async function domSize(page: Page): Promise<{ elements: number; chars: number }> {
  return page.getByTestId('reader-body').evaluate((body) => ({
    elements: body.querySelectorAll('*').length,
    chars: [...body.querySelectorAll('[data-start]')].reduce((sum, el) => sum + (el.textContent?.length ?? 0), 0),
  }));
}

async function importAndOpen(page: Page, text: string): Promise<void> {
  await openApp(page);
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles({ name: 'كتاب.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-progress')).toContainText('1 / 1 files', { timeout: 60_000 });
  await page.locator('[data-testid="library-item"]', { hasText: TITLE }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
}

test('a book of a million characters keeps only the text near the view in the DOM, and find, search, highlights, progress and position work on all of it', async ({ page }) => {
  test.setTimeout(300_000);
  const book = makeBook();
  expect(book.marks).toHaveLength(3);
  await importAndOpen(page, book.text);

  // Bounded DOM, and a scrollbar for the whole book (hundreds of screens).
  const opened = await domSize(page);
  expect(opened.chars).toBeLessThan(60_000);
  expect(opened.elements).toBeLessThan(1_000);
  const { scrollHeight, clientHeight } = await scroller(page).evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  expect(scrollHeight).toBeGreaterThan(200 * clientHeight);
  await expect(progress(page)).toHaveAttribute('data-percent', '0');
  await expect(progress(page)).toContainText('0%');

  // Find in document: Ctrl+F by key position, an Arabic-aware count, next / previous into text not rendered yet.
  await scroller(page).focus();
  await page.keyboard.press('Control+KeyF');
  const input = page.getByTestId('find-input');
  await expect(input).toBeFocused();
  await input.fill(MARK_QUERY);
  const count = page.getByTestId('find-count');
  const selected = (i: number) => ({ start: book.marks[i]!, end: book.marks[i]! + MARK.length, text: MARK });
  await expect(count).toHaveText('1 of 3');
  await expect.poll(() => selectionOffsets(page)).toEqual(selected(0));
  await input.press('Enter');
  await expect(count).toHaveText('2 of 3');
  await expect.poll(() => selectionOffsets(page)).toEqual(selected(1));
  await expect.poll(() => selectionInView(page)).toBe(true);
  await expect(progress(page)).toHaveAttribute('data-percent', /^(4[5-9]|5[0-5])$/);
  await input.press('Shift+Enter');
  await expect(count).toHaveText('1 of 3');
  await expect.poll(() => selectionOffsets(page)).toEqual(selected(0));
  await page.keyboard.press('F3');
  await page.keyboard.press('F3');
  await expect(count).toHaveText('3 of 3');
  await expect.poll(() => selectionOffsets(page)).toEqual(selected(2));
  await expect.poll(() => selectionInView(page)).toBe(true);
  await expect(input).toBeFocused();
  await input.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await expect(scroller(page)).toBeFocused();

  // The found passage near the end is highlighted from the selection toolbar.
  await page.locator('[data-testid="selection-toolbar"] [data-testid="highlight-color"][data-color="green"]').click();
  await expect.poll(async () => (await readDatabase(page)).highlights.length).toBe(1);
  const id = String((await readDatabase(page)).highlights[0]!['id']);
  await expectHighlightOver(page, id, book.marks[2]!, book.marks[2]! + MARK.length);
  const percent = Number(await progress(page).getAttribute('data-percent'));
  expect(percent).toBeGreaterThan(85);
  expect((await domSize(page)).elements).toBeLessThan(1_000);

  // Reopened, the book shows the same place again (the position is saved after a pause in scrolling).
  await scroller(page).evaluate((el) => el.scrollBy({ top: 40 }));
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  await expect.poll(async () => Math.abs(Number(await progress(page).getAttribute('data-percent')) - percent)).toBeLessThanOrEqual(1);
  await expectHighlightOver(page, id, book.marks[2]!, book.marks[2]! + MARK.length);

  // From the top the highlight is not rendered; scrolling down to it draws it over its words.
  await scroller(page).evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(page.getByTestId('reader-body').locator(`[data-testid="highlight"][data-highlight-id="${id}"]`)).toHaveCount(0);
  await expect(progress(page)).toHaveAttribute('data-percent', '0');
  await scroller(page).evaluate(async (el, highlightId) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 2_000 && !document.querySelector(`[data-testid="highlight"][data-highlight-id="${highlightId}"]`); i++) {
      el.scrollBy({ top: el.clientHeight * 3 });
      await frame();
      await frame();
    }
  }, id);
  await expectHighlightOver(page, id, book.marks[2]!, book.marks[2]! + MARK.length);
  expect((await domSize(page)).elements).toBeLessThan(1_000);

  // A search result far into the book (not rendered from where the view is) opens selected.
  await scroller(page).evaluate((el) => el.scrollTo({ top: 0 }));
  await page.getByTestId('search-input').fill(RARE);
  const result = page.locator('[data-testid="search-result"][data-kind="document"]').first();
  await expect(result).toBeVisible({ timeout: 60_000 });
  await result.click();
  await expect.poll(() => selectionOffsets(page)).toEqual({ start: book.rare, end: book.rare + RARE.length, text: RARE });
  await expect.poll(() => selectionInView(page)).toBe(true);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
});

/** Lets the page read the clipboard, and empties it, so what a copy put there can be read back. */
async function recordCopies(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

/** The plain text on the clipboard now (as the browser's own copy or the app's left it). */
async function lastCopy(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The last block of a drawn chunk and the first of the next, both drawn, with the next chunk's start offset. */
async function chunkBoundary(page: Page): Promise<{ before: TextPoint; after: TextPoint; boundary: number }> {
  // The end of the first chunk to the middle of the view: it and the next are drawn.
  await scroller(page).evaluate((el) => {
    const first = el.querySelector<HTMLElement>('[data-chunk="0"]')!.getBoundingClientRect();
    el.scrollBy({ top: first.bottom - el.getBoundingClientRect().top - el.clientHeight / 2 });
  });
  await expect(page.locator('[data-chunk="1"]')).toBeAttached();
  return page.getByTestId('reader-body').evaluate((body) => {
    const chunks = [...body.querySelectorAll<HTMLElement>('[data-chunk]')].sort((a, b) => Number(a.dataset['chunk']) - Number(b.dataset['chunk']));
    const index = chunks.findIndex((chunk, i) => chunks[i + 1] && Number(chunks[i + 1]!.dataset['chunk']) === Number(chunk.dataset['chunk']) + 1);
    const blocks = (chunk: HTMLElement) => [...chunk.querySelectorAll<HTMLElement>('[data-block-index]')];
    const last = blocks(chunks[index]!).at(-1)!;
    const first = blocks(chunks[index + 1]!)[0]!;
    return {
      before: { block: Number(last.dataset['blockIndex']), offset: Math.max(0, last.textContent!.length - 12) },
      after: { block: Number(first.dataset['blockIndex']), offset: Math.min(12, first.textContent!.length) },
      boundary: Number(chunks[index + 1]!.dataset['chunkStart']),
    };
  });
}

/** The caret position at the middle of the reading view, in the text drawn there; null while none is drawn there. */
async function blockInMiddleOfView(page: Page): Promise<TextPoint | null> {
  return scroller(page).evaluate((el) => {
    const view = el.getBoundingClientRect();
    const body = el.querySelector('[data-testid="reader-body"]')!.getBoundingClientRect();
    const caret = document.caretPositionFromPoint(body.left + body.width / 2, view.top + view.height / 2);
    const block = caret?.offsetNode.parentElement?.closest<HTMLElement>('[data-block-index]');
    if (!caret || !block || caret.offsetNode !== block.firstChild) return null;
    return { block: Number(block.dataset['blockIndex']), offset: caret.offset };
  });
}

test('copy and select-all act on the whole book: a drag across a chunk boundary and a selection extended far copy the exact original text, Ctrl+A then copy the whole of it', async ({ page }) => {
  test.setTimeout(300_000);
  const book = makeBook();
  await importAndOpen(page, book.text);
  await recordCopies(page);

  // A drag from the end of one drawn chunk into the next.
  const { before, after, boundary } = await chunkBoundary(page);
  // Both ends are in view: pressed at one, released at the other, as a hand would.
  const press = await caretPoint(page, before, 'start');
  const release = await caretPoint(page, after, 'end');
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  await page.mouse.move(release.x, release.y, { steps: 6 });
  await page.mouse.up();
  const dragged = (await selectionOffsets(page))!;
  expect(dragged.start).toBeLessThan(boundary);
  expect(dragged.end).toBeGreaterThan(boundary);
  await page.keyboard.press('Control+KeyC');
  await expect.poll(() => lastCopy(page)).toBe(book.text.slice(dragged.start, dragged.end));

  // Extended with Shift+click eighty screens further on: the chunks between are no longer drawn.
  await scroller(page).evaluate((el) => el.scrollBy({ top: el.clientHeight * 80 }));
  await expect.poll(() => blockInMiddleOfView(page)).not.toBeNull();
  const far = await caretPoint(page, (await blockInMiddleOfView(page))!, 'end');
  await page.keyboard.down('Shift');
  await page.mouse.click(far.x, far.y);
  await page.keyboard.up('Shift');
  const extended = (await selectionOffsets(page))!;
  expect(extended.start).toBe(dragged.start);
  expect(extended.end - extended.start).toBeGreaterThan(50_000);
  expect((await domSize(page)).chars).toBeLessThan(extended.end - extended.start);
  await page.keyboard.press('Control+KeyC');
  await expect.poll(() => lastCopy(page)).toBe(book.text.slice(extended.start, extended.end));

  // Ctrl+A (by key position) selects the whole book: what is drawn shows selected, the toolbar offers to highlight it, a copy is all of it.
  await page.mouse.click(far.x, far.y);
  await page.keyboard.press('Control+KeyA');
  const toolbar = page.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await expect(toolbar).toBeInViewport();
  // Every drawn block's text lies inside the selection, from its first character to its last.
  const drawnSelected = () =>
    page.getByTestId('reader-body').evaluate((body) => {
      const range = getSelection()!.getRangeAt(0);
      const texts = [...body.querySelectorAll('[data-start]')].map((block) => block.firstChild as Text);
      return texts.length > 0 && texts.every((text) => range.comparePoint(text, 0) === 0 && range.comparePoint(text, text.length) === 0);
    });
  expect(await drawnSelected()).toBe(true);
  await page.keyboard.press('Control+KeyC');
  await expect.poll(async () => (await lastCopy(page)).length).toBe(book.text.length);
  expect(await lastCopy(page)).toBe(book.text);
  // Chunks drawn after it, far on, show selected too, and it is still the whole book.
  await scroller(page).evaluate((el) => el.scrollBy({ top: el.clientHeight * 40 }));
  await expect.poll(drawnSelected).toBe(true);
  await expect(toolbar).toBeInViewport();
  // Escape ends it.
  await page.keyboard.press('Escape');
  await expect(toolbar).toHaveCount(0);
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');

  // H on the whole book highlights all of it.
  await scroller(page).focus();
  await page.keyboard.press('Control+KeyA');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('KeyH');
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
  // Two million characters of quote to store: given time on a loaded machine.
  await expect.poll(async () => (await readDatabase(page)).highlights.length, { timeout: 60_000 }).toBe(1);
  const position = ((await readDatabase(page)).highlights[0]!['selectors'] as { position: { start: number; end: number } }).position;
  expect(position).toMatchObject({ start: 0, end: book.text.trimEnd().length });

  // In a text field Ctrl+A is the field's own.
  const search = page.getByTestId('search-input');
  await search.fill('قنطرة');
  await search.press('Control+KeyA');
  expect(await search.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 5]);
  await expect(toolbar).toHaveCount(0);
});

/** The document offset of the caret (the selection's focus) and of the selection's anchor; null outside the text. */
async function caret(page: Page): Promise<{ focus: number; anchor: number } | null> {
  return page.evaluate(() => {
    const selection = getSelection();
    const offsetOf = (node: Node | null, offset: number) => {
      const block = node?.parentElement?.closest<HTMLElement>('[data-testid="reader-body"] [data-start]');
      return node instanceof Text && block ? Number(block.dataset['start']) + offset : null;
    };
    const focus = offsetOf(selection?.focusNode ?? null, selection?.focusOffset ?? 0);
    const anchor = offsetOf(selection?.anchorNode ?? null, selection?.anchorOffset ?? 0);
    return focus === null || anchor === null ? null : { focus, anchor };
  });
}

/** Whether the caret (the selection's focus) is inside the reading view's visible area. */
async function caretInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const selection = getSelection();
    if (!selection?.focusNode) return false;
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    const rect = range.getClientRects()[0] ?? selection.focusNode.parentElement!.getBoundingClientRect();
    const view = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    return rect.top >= view.top - 1 && rect.bottom <= view.bottom + 1;
  });
}

/** Where the first chunk of the text ends. */
async function firstChunkEnd(page: Page): Promise<number> {
  return Number(await page.locator('[data-chunk="0"]').getAttribute('data-chunk-end'));
}

test('caret browsing (F7) goes on past the drawn chunks: arrows carry the caret into text not drawn yet, Ctrl+End goes to the end of the book, Ctrl+Home back to its start, Shift extends', async ({ page }) => {
  test.setTimeout(300_000);
  const book = makeBook();
  await importAndOpen(page, book.text);
  const bodyEnd = book.text.trimEnd().length;
  await page.getByTestId('reader-title').click();
  await page.keyboard.press('F7');
  await expect.poll(() => caret(page)).not.toBeNull();
  const chunkEnd = await firstChunkEnd(page);

  // Down, line by line, out of the first chunk and on through the next.
  for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown');
  await expect.poll(async () => (await caret(page))!.focus).toBeGreaterThan(chunkEnd + 6_000);
  const after = (await caret(page))!.focus;
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await caret(page))!.focus).toBeGreaterThan(after);

  // Shift+arrows select on from the caret.
  const from = (await caret(page))!.focus;
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
  const selected = (await caret(page))!;
  expect(selected.anchor).toBe(from);
  expect(selected.focus).toBeGreaterThan(from + 100);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();

  // Ctrl+End: the end of the book, not of the text drawn now.
  await page.keyboard.press('Control+End');
  await expect.poll(() => caret(page)).toEqual({ focus: bodyEnd, anchor: bodyEnd });
  await expect(progress(page)).toHaveAttribute('data-percent', /^(99|100)$/);
  await expect.poll(() => caretInView(page)).toBe(true);
  // Up from the end, and back down again.
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await caret(page))!.focus).toBeLessThan(bodyEnd);

  // Ctrl+Home: its start; Shift+Ctrl+End then selects the whole book, and a copy is all of it.
  await page.keyboard.press('Control+Home');
  // The body starts after the title line, which the reader shows as the title.
  const bodyStart = book.text.indexOf('\n') + 1;
  await expect.poll(() => caret(page)).toEqual({ focus: bodyStart, anchor: bodyStart });
  await expect(progress(page)).toHaveAttribute('data-percent', '0');
  await expect.poll(() => caretInView(page)).toBe(true);
  await recordCopies(page);
  await page.keyboard.press('Shift+Control+End');
  await expect.poll(() => caret(page)).toEqual({ focus: bodyEnd, anchor: bodyStart });
  await page.keyboard.press('Control+KeyC');
  await expect.poll(async () => (await lastCopy(page)).length).toBe(bodyEnd - bodyStart);
  expect((await domSize(page)).elements).toBeLessThan(1_000);
});
