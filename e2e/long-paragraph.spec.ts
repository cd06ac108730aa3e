/**
 * A document of one very long paragraph: the reader renders it in pieces, and only the chunks of it
 * near the view (so opening it does not stall on laying out a megabyte of text), while highlights,
 * selections and reopening work on whole offsets.
 */
import type { Page } from '@playwright/test';
import { highlightsTab, readDatabase, seedText } from './actions';
import { expect, openApp, test } from './fixtures';
import { expectHighlightOver } from './text-points';

const TITLE = 'فقرة واحدة طويلة جدا';

/** A title line and one paragraph of about a million characters, of real Arabic prose. */
function longParagraph(): string {
  const words = seedText('000_14e37202ef5eb1ed').split(/\s+/).filter((w) => w !== '');
  const paragraph: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const word = words[i % words.length]!;
    paragraph.push(word);
    length += word.length + 1;
  }
  return `${TITLE}\n${paragraph.join(' ')}\n`;
}

/** Clicks the document in the library and returns how long it took until its text was painted. */
async function openTimed(page: Page): Promise<number> {
  const item = page.locator('[data-testid="library-item"]', { hasText: TITLE });
  await expect(item).toBeVisible();
  return item.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-testid="reader-body"] [data-block-index]')) {
            observer.disconnect();
            requestAnimationFrame(painted);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        (element as HTMLElement).click();
      }),
  );
}

/** The document offsets of some words on either side of the first place the paragraph is cut for rendering. */
async function phraseAcrossPieces(page: Page): Promise<{ start: number; end: number; cut: number }> {
  return page.getByTestId('reader-body').evaluate((body) => {
    const pieces = [...body.querySelectorAll<HTMLElement>('[data-block-index] > [data-start]')];
    const [first, second] = pieces;
    if (!first || !second) throw new Error(`the paragraph is rendered in ${pieces.length} pieces`);
    const before = first.textContent!;
    const after = second.textContent!;
    const cut = Number(second.dataset['start']);
    // Three words back from the cut, three words on.
    let from = before.length;
    for (let words = 0; words < 3; words++) from = before.lastIndexOf(' ', from - 2) + 1;
    let to = 0;
    for (let words = 0; words < 3; words++) to = after.indexOf(' ', to + 1);
    const range = document.createRange();
    range.setStart(first.firstChild!, from);
    range.setEnd(second.firstChild!, to);
    first.scrollIntoView({ block: 'end' });
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return { start: Number(first.dataset['start']) + from, end: cut + to, cut };
  });
}

/** Each stored highlight's position and quote. */
async function stored(page: Page): Promise<[number, number, string][]> {
  return (await readDatabase(page)).highlights.map((h) => {
    const selectors = h['selectors'] as { position: { start: number; end: number }; quote: { exact: string } };
    return [selectors.position.start, selectors.position.end, selectors.quote.exact];
  });
}

test('a one-paragraph document of a million characters opens in pieces, and a highlight across two pieces is stored whole and drawn again after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const text = longParagraph();
  await page.getByTestId('import-files').locator('input[type="file"]').setInputFiles({ name: 'طويل.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('import-progress')).toContainText('1 / 1 files');
  const opened = await openTimed(page);
  test.info().annotations.push({ type: 'open time', description: `${Math.round(opened)} ms` });
  console.log(`opening the 1 MB paragraph took ${Math.round(opened)} ms`);
  const docId = await page.getByTestId('reader').getAttribute('data-doc-id');

  // Only the text near the view is in the DOM (a few chunks of the paragraph, not a megabyte), each
  // piece exactly the original text at its offset, the pieces following one another.
  const pieces = await page
    .getByTestId('reader-body')
    .evaluate((body) => [...body.querySelectorAll<HTMLElement>('[data-start]')].map((el) => [Number(el.dataset['start']), el.textContent ?? ''] as const));
  expect(pieces.length).toBeGreaterThan(1);
  expect(pieces[0]![0]).toBe(TITLE.length + 1);
  pieces.forEach(([start, piece], i) => {
    expect(piece).toBe(text.slice(start, start + piece.length));
    if (i > 0) expect(start).toBe(pieces[i - 1]![0] + pieces[i - 1]![1].length);
  });
  expect(pieces.reduce((sum, [, piece]) => sum + piece.length, 0)).toBeLessThan(60_000);

  await highlightsTab(page).click();
  const phrase = await phraseAcrossPieces(page);
  expect(phrase.start).toBeLessThan(phrase.cut);
  expect(phrase.end).toBeGreaterThan(phrase.cut);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.locator('[data-testid="highlight-color"][data-color="yellow"]').click();
  const quote = text.slice(phrase.start, phrase.end);
  await expect.poll(async () => stored(page)).toEqual([[phrase.start, phrase.end, quote]]);
  const id = String((await readDatabase(page)).highlights[0]!['id']);
  await expectHighlightOver(page, id, phrase.start, phrase.end);

  await page.reload();
  // Laying out a megabyte of text takes seconds on a loaded 2-core machine: the wait is for it to happen, not a speed check.
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', docId!, { timeout: 30_000 });
  await page.getByTestId('reader-body').evaluate((body, cut) => {
    body.querySelector<HTMLElement>(`[data-start="${cut}"]`)?.scrollIntoView({ block: 'start' });
  }, phrase.cut);
  await expectHighlightOver(page, id, phrase.start, phrase.end);
  expect(await stored(page)).toEqual([[phrase.start, phrase.end, quote]]);
});
