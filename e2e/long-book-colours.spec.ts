/**
 * Colour clicks on a long book with hundreds of highlights: each chunk of the reader touches only
 * the highlight that changed (its painted ranges move to the new colour, the others stay), the
 * change is shown before it is stored, and undo, redo and a reload all show what was stored.
 */
import type { Page } from '@playwright/test';
import { describeRange } from '../renderer/src/core/anchoring/selectors';
import { bookLines, corpusSentences } from '../scripts/bench/book-text';
import { putRows, readDatabase } from './actions';
import { expect, openApp, test } from './fixtures';

const TITLE = 'كتاب الأخبار والوقائع';
const HIGHLIGHTS = 400;

interface Seeded {
  id: string;
  start: number;
  end: number;
}

/** Highlights spread evenly over the book (the first two near the top of its body), each 20 characters from a word's start, all yellow. */
function seededHighlights(text: string): Seeded[] {
  const body = text.indexOf('\n') + 1;
  return Array.from({ length: HIGHLIGHTS }, (_, i) => {
    let start = i < 2 ? body + 10 + i * 150 : Math.floor((text.length * i) / HIGHLIGHTS);
    while (/\s/.test(text[start] ?? '') || !/\s/.test(text[start - 1] ?? ' ')) start++;
    return { id: `seeded-${i}`, start, end: start + 20 };
  });
}

async function seed(page: Page, docId: string, text: string, highlights: Seeded[]): Promise<void> {
  const rows = highlights.map((h, i) => ({
    id: h.id,
    docId,
    color: 'yellow',
    style: 'highlight',
    tags: [],
    selectors: describeRange(text, h.start, h.end),
    sortIndex: h.start,
    createdAt: i + 1,
    modifiedAt: i + 1,
  }));
  await putRows(page, { highlights: rows });
}

/** The CSS highlights (registry names) painting a range that starts at `offset` of the original text. */
async function paintedAt(page: Page, offset: number): Promise<string[]> {
  return page.evaluate((offset) => {
    const names: string[] = [];
    for (const [name, painted] of CSS.highlights) {
      for (const range of painted as unknown as Set<Range>) {
        const block = range.startContainer.parentElement?.closest<HTMLElement>('[data-start]');
        if (block && Number(block.dataset['start']) + range.startOffset === offset) names.push(name);
      }
    }
    return names.sort();
  }, offset);
}

/** Opens the app, imports a book of about `bytes` generated from the corpus, and opens it: its text and id. */
async function importBook(page: Page, bytes: number): Promise<{ text: string; docId: string }> {
  const text = `${bookLines(corpusSentences(), { bytes }).join('\n')}\n`;
  await openApp(page);
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles({ name: 'كتاب.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-progress')).toContainText('1 / 1 files', { timeout: 60_000 });
  await page.locator('[data-testid="library-item"]', { hasText: TITLE }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  return { text, docId: (await page.getByTestId('reader').getAttribute('data-doc-id'))! };
}

const boxes = (page: Page, id: string) => page.getByTestId('reader-body').locator(`[data-testid="highlight"][data-highlight-id="${id}"]`);
const details = (page: Page) => page.getByRole('region', { name: 'Selected highlight' });

test('on a long book with hundreds of highlights a colour change and a new highlight are drawn at once, undo and redo, and survive a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const { text, docId } = await importBook(page, 1_000_000);
  const seeded = seededHighlights(text);
  await seed(page, docId, text, seeded);
  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  await expect(page.getByTestId('highlight-item')).toHaveCount(HIGHLIGHTS, { timeout: 60_000 });

  // The first two seeded highlights are in the first screen.
  const [first, second] = seeded as [Seeded, Seeded];
  await expect(boxes(page, first.id).first()).toBeVisible();
  await expect(boxes(page, second.id).first()).toBeVisible();
  expect(await paintedAt(page, first.start)).toEqual(['qiraa-highlight-yellow']);

  // Blue from the highlight's details: its boxes, its paint and its list entry turn blue; its neighbour stays yellow.
  await boxes(page, first.id).first().click();
  await expect(details(page)).toHaveAttribute('data-highlight-id', first.id);
  await details(page).locator('[data-color="blue"]').click();
  await expect(boxes(page, first.id).first()).toHaveAttribute('data-color', 'blue');
  await expect.poll(() => paintedAt(page, first.start)).toEqual(['qiraa-highlight-blue']);
  expect(await paintedAt(page, second.start)).toEqual(['qiraa-highlight-yellow']);
  await expect(boxes(page, second.id).first()).toHaveAttribute('data-color', 'yellow');
  await expect(page.locator(`[data-testid="highlight-item"][data-highlight-id="${first.id}"] .swatch-dot`)).toHaveClass(/color-blue/);
  await expect.poll(async () => (await readDatabase(page)).highlights.find((h) => h['id'] === first.id)?.['color']).toBe('blue');

  // Undo shows yellow again at once, redo blue.
  await page.locator('.reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect(boxes(page, first.id).first()).toHaveAttribute('data-color', 'yellow');
  await expect.poll(() => paintedAt(page, first.start)).toEqual(['qiraa-highlight-yellow']);
  await page.keyboard.press('Control+Shift+z');
  await expect(boxes(page, first.id).first()).toHaveAttribute('data-color', 'blue');
  await expect.poll(() => paintedAt(page, first.start)).toEqual(['qiraa-highlight-blue']);

  // A new highlight from the selection toolbar, between the first two.
  const from = first.end + 5;
  const newStart = await selectFrom(page, from);
  await page.locator('[data-testid="selection-toolbar"] [data-testid="highlight-color"][data-color="green"]').click();
  const fresh = page.getByTestId('reader-body').locator('[data-testid="highlight"][data-color="green"]');
  await expect(fresh.first()).toBeVisible();
  const freshId = (await fresh.first().getAttribute('data-highlight-id'))!;
  expect(await paintedAt(page, newStart)).toContain('qiraa-highlight-green');
  await expect.poll(async () => (await readDatabase(page)).highlights.length).toBe(HIGHLIGHTS + 1);
  await expect(page.getByTestId('highlight-item')).toHaveCount(HIGHLIGHTS + 1);

  // Reopened, both are drawn as stored.
  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  await expect(boxes(page, first.id).first()).toHaveAttribute('data-color', 'blue');
  await expect(boxes(page, freshId).first()).toHaveAttribute('data-color', 'green');
  await expect.poll(() => paintedAt(page, first.start)).toEqual(['qiraa-highlight-blue']);
  expect(await paintedAt(page, newStart)).toContain('qiraa-highlight-green');
  expect(await paintedAt(page, second.start)).toEqual(['qiraa-highlight-yellow']);
});

/** Selects 12 characters of the text from original offset `from` on (a drawn block); returns where the selection starts. */
function selectFrom(page: Page, from: number): Promise<number> {
  return page.getByTestId('reader-body').evaluate((body, from) => {
    for (const block of body.querySelectorAll<HTMLElement>('[data-start]')) {
      const node = block.firstChild as Text;
      const start = Number(block.dataset['start']);
      if (start + node.length < from + 20) continue;
      const at = Math.max(from, start) - start;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 12);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return start + at;
    }
    throw new Error('no text there');
  }, from);
}

test('a colour change and a new highlight made just before a reload are both stored', async ({ page }) => {
  test.setTimeout(180_000);
  const { text, docId } = await importBook(page, 300_000);
  const seeded = seededHighlights(text);
  await seed(page, docId, text, seeded);
  await page.reload();
  await expect(page.getByTestId('highlight-item')).toHaveCount(HIGHLIGHTS, { timeout: 60_000 });
  const [first] = seeded as [Seeded];
  await boxes(page, first.id).first().click();
  await expect(details(page)).toHaveAttribute('data-highlight-id', first.id);

  // Blue for the highlight, green for a new one from the selection toolbar, and a reload in the
  // same task as the clicks: no frame is painted before the page is left.
  await selectFrom(page, first.end + 5);
  const toolbarGreen = page.locator('[data-testid="selection-toolbar"] [data-testid="highlight-color"][data-color="green"]');
  await expect(toolbarGreen).toBeVisible();
  await expect(details(page)).toHaveAttribute('data-highlight-id', first.id);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[aria-label="Selected highlight"] [data-color="blue"]')!.click();
    document.querySelector<HTMLElement>('[data-testid="selection-toolbar"] [data-testid="highlight-color"][data-color="green"]')!.click();
    location.reload();
  });
  await reloaded;

  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  const stored = (await readDatabase(page)).highlights;
  expect(stored.find((h) => h['id'] === first.id)?.['color']).toBe('blue');
  expect(stored.filter((h) => h['color'] === 'green')).toHaveLength(1);
  expect(stored).toHaveLength(HIGHLIGHTS + 1);
  await expect(boxes(page, first.id).first()).toHaveAttribute('data-color', 'blue');
  await expect(page.getByTestId('reader-body').locator('[data-testid="highlight"][data-color="green"]').first()).toBeVisible();
});

test('select-all then H highlights the whole book: stored as the whole text, listed by its start, drawn again after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  const { text } = await importBook(page, 300_000);
  await page.locator('.reader-scroll').click({ position: { x: 300, y: 300 } });
  await page.keyboard.press('Control+KeyA');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('KeyH');

  await expect.poll(async () => (await readDatabase(page)).highlights.length).toBe(1);
  const [row] = (await readDatabase(page)).highlights as [{ selectors: { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } } }];
  const { quote, position } = row.selectors;
  expect(position.start).toBe(0);
  expect(quote.exact.length).toBe(position.end);
  // All of the text, up to its closing line break.
  expect(quote.prefix).toBe('');
  expect(quote.exact + quote.suffix).toBe(text);
  expect(quote.suffix.trim()).toBe('');
  // The list shows the passage's start (its entry is clamped), not a whole book to lay out.
  const entry = page.getByTestId('highlight-item').locator('.highlight-text');
  await expect(entry).toHaveCount(1);
  const shown = (await entry.textContent())!;
  expect(shown.endsWith('…')).toBe(true);
  expect(quote.exact.startsWith(shown.slice(0, -1))).toBe(true);

  await page.reload();
  await expect(page.getByTestId('reader-title')).toHaveText(TITLE);
  await expect(page.getByTestId('reader-body').locator('[data-testid="highlight"]').first()).toBeVisible();
  await expect(page.getByTestId('highlight-item')).toHaveCount(1);
});
