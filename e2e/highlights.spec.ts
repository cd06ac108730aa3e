import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { describeRange } from '../renderer/src/core/anchoring/selectors';
import { expect, openApp, openDocument, test } from './fixtures';
import {
  caretPoint,
  dragSelect,
  expectHighlightOver,
  findPhrase,
  highlightRects,
  phraseCentre,
  scrollToBlock,
  selectionOffsets,
  type Phrase,
  type TextPoint,
} from './text-points';

const DOC = '000_14e37202ef5eb1ed';
const DOC_TEXT = readFileSync(new URL(`../seeds/${DOC}.txt`, import.meta.url), 'utf8');

/** A stretch of the open document to select: from one caret position to another, possibly in another block. */
interface Span {
  from: TextPoint;
  to: TextPoint;
  docStart: number;
  docEnd: number;
  text: string;
}

const toolbar = (page: Page) => page.getByTestId('selection-toolbar');
const items = (page: Page) => page.getByTestId('highlights-panel').getByTestId('highlight-item');
const item = (page: Page, id: string) => page.locator(`[data-testid="highlight-item"][data-highlight-id="${id}"]`);
const boxes = (page: Page, id: string) => page.locator(`[data-testid="highlight"][data-highlight-id="${id}"]`);
const details = (page: Page) => page.getByRole('region', { name: 'Selected highlight' });

async function itemIds(page: Page): Promise<string[]> {
  return items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-highlight-id') ?? ''));
}

/** The panel as the user reads it: each item's text (exactly, with the original line breaks) and colour. */
async function panelEntries(page: Page): Promise<{ text: string; color: string | null }[]> {
  const ids = await itemIds(page);
  const entries = [];
  for (const id of ids) {
    entries.push({
      text: (await item(page, id).textContent()) ?? '',
      color: await boxes(page, id).first().getAttribute('data-color'),
    });
  }
  return entries;
}

/** Joins two phrases (the second later in the document) into one span from the start of one to the end of the other. */
function spanBetween(first: Phrase, last: Phrase): Span {
  return { from: first.from, to: last.to, docStart: first.docStart, docEnd: last.docEnd, text: DOC_TEXT.slice(first.docStart, last.docEnd) };
}

/** Waits for the one highlight that is not among `before` and returns its id. */
async function newHighlightId(page: Page, before: string[]): Promise<string> {
  let added: string[] = [];
  await expect
    .poll(async () => {
      added = (await itemIds(page)).filter((id) => !before.includes(id));
      return added.length;
    })
    .toBe(1);
  return added[0]!;
}

/** Checks that the reader's selection is exactly `span`, then that the toolbar offers the colours. */
async function expectSelected(page: Page, span: Span): Promise<void> {
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(
    await selectionOffsets(page),
    `the mouse should have selected "${span.text}", not ${selected.length} characters: "${selected.slice(0, 80)}…"`,
  ).toMatchObject({ start: span.docStart, end: span.docEnd });
  await expect(toolbar(page)).toBeVisible();
  expect(await toolbar(page).getByTestId('highlight-color').count()).toBeGreaterThanOrEqual(5);
}

/** Drags over `span` with the mouse, picks `color` in the toolbar, and returns the new highlight's id. */
async function highlightByDrag(page: Page, span: Span, color: string, options: { backwards?: boolean } = {}): Promise<string> {
  const before = await itemIds(page);
  await dragSelect(page, span.from, span.to, options);
  await expectSelected(page, span);
  await toolbar(page).locator(`[data-testid="highlight-color"][data-color="${color}"]`).click();
  await expect(toolbar(page)).toBeHidden();
  const id = await newHighlightId(page, before);
  await expect(item(page, id)).toHaveText(span.text);
  expect(await item(page, id).textContent()).toBe(span.text);
  await expect(boxes(page, id).first()).toHaveAttribute('data-color', color);
  await expectHighlightOver(page, id, span.docStart, span.docEnd);
  return id;
}

async function openFirstDocument(page: Page): Promise<void> {
  await openApp(page);
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', DOC);
  await expect(page.getByTestId('highlights-panel')).toBeAttached();
  await page.evaluate(() => document.fonts.ready);
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-doc-id', DOC);
  await expect(page.getByTestId('highlights-panel')).toBeAttached();
  await page.evaluate(() => document.fonts.ready);
}

async function expectColors(locator: Locator, color: string): Promise<void> {
  await expect.poll(() => locator.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-color')))])).toEqual([color]);
}

test('dragging over a phrase, in either direction, offers the colours and highlights exactly that phrase', async ({ page }) => {
  await openFirstDocument(page);
  const forward = await findPhrase(page, 'الانسحاب الفوري للقوات الروسية');
  const greenId = await highlightByDrag(page, forward, 'green');
  await expect(page.getByTestId('highlight')).toHaveCount(1);

  const backward = await findPhrase(page, 'رئيس البعثة الأمريكية لدى الأمم المتحدة');
  const blueId = await highlightByDrag(page, backward, 'blue', { backwards: true });

  expect(await panelEntries(page)).toEqual([
    { text: forward.text, color: 'green' },
    { text: backward.text, color: 'blue' },
  ]);
  expect(await itemIds(page)).toEqual([greenId, blueId]);
});

test('highlights come back on the same words after a reload, listed in reading order whatever order they were made in', async ({ page }) => {
  await openFirstDocument(page);
  const late = await findPhrase(page, 'أعلن وزير دفاع حكومة الوفاق الوطني');
  const across = spanBetween(await findPhrase(page, 'ودعمتهم في ليبيا.'), await findPhrase(page, 'يمثل هذا النداء قلقا'));
  const early = await findPhrase(page, 'الانسحاب الفوري');
  expect(across.text).toBe('ودعمتهم في ليبيا.\nيمثل هذا النداء قلقا');

  const lateId = await highlightByDrag(page, late, 'yellow');
  const acrossId = await highlightByDrag(page, across, 'pink');
  const earlyId = await highlightByDrag(page, early, 'green');
  // One box per line: the highlight across two paragraphs has at least one in each.
  expect(await boxes(page, acrossId).count()).toBeGreaterThanOrEqual(2);

  const expected = [
    { text: early.text, color: 'green' },
    { text: across.text, color: 'pink' },
    { text: late.text, color: 'yellow' },
  ];
  expect(await panelEntries(page)).toEqual(expected);
  expect(await itemIds(page)).toEqual([earlyId, acrossId, lateId]);

  await reload(page);
  await expect(items(page)).toHaveCount(3);
  expect(await itemIds(page)).toEqual([earlyId, acrossId, lateId]);
  expect(await panelEntries(page)).toEqual(expected);
  for (const [id, span] of [
    [earlyId, early],
    [acrossId, across],
    [lateId, late],
  ] as const) {
    await scrollToBlock(page, span.from.block);
    await expectHighlightOver(page, id, span.docStart, span.docEnd);
  }
});

test('clicking a highlight selects it; Delete removes it and Ctrl+Z, the Delete key and the toast’s Undo work as expected', async ({ page }) => {
  await openFirstDocument(page);
  const phrase = await findPhrase(page, 'احترام السيادة الليبية والوقف الفوري');
  const id = await highlightByDrag(page, phrase, 'purple');

  await expect(details(page)).toBeHidden();
  await boxes(page, id).first().click();
  await expect(details(page)).toBeVisible();
  await expect(details(page).locator('blockquote')).toHaveText(phrase.text);
  await expect(details(page)).toHaveAttribute('data-highlight-id', id);

  // The Delete button.
  await details(page).getByRole('button', { name: 'Delete' }).click();
  await expect(boxes(page, id)).toHaveCount(0);
  await expect(item(page, id)).toHaveCount(0);
  await expect(details(page)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted' })).toBeVisible();

  // Ctrl+Z brings back the same highlight.
  await page.keyboard.press('Control+z');
  await expect(item(page, id)).toHaveText(phrase.text);
  await expectColors(boxes(page, id), 'purple');
  await expectHighlightOver(page, id, phrase.docStart, phrase.docEnd);

  // The Delete key on the selected highlight.
  await boxes(page, id).first().click();
  await expect(details(page)).toHaveAttribute('data-highlight-id', id);
  await page.keyboard.press('Delete');
  await expect(item(page, id)).toHaveCount(0);
  await expect(boxes(page, id)).toHaveCount(0);

  // The toast's Undo button.
  const toast = page.getByRole('status').filter({ hasText: 'Highlight deleted' });
  // It names the shortcut that does the same.
  await expect(toast.getByRole('button', { name: 'Undo' })).toHaveText('Undo (Ctrl+Z)');
  await expect(toast.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(item(page, id)).toHaveText(phrase.text);
  await expectColors(boxes(page, id), 'purple');
  await expect(toast).toBeHidden();
  await expect(items(page)).toHaveCount(1);

  // Choosing it in the panel selects it too, and scrolls it into view.
  await page.keyboard.press('Escape');
  await expect(details(page)).toBeHidden();
  await page.locator('.reader-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(boxes(page, id).first()).not.toBeInViewport();
  await item(page, id).click();
  await expect(details(page)).toHaveAttribute('data-highlight-id', id);
  await expect(boxes(page, id).first()).toBeInViewport();
});

// The toast describes the last change only: after Ctrl+Z it must not offer to undo again.
test('once Ctrl+Z has brought a deleted highlight back, the toast’s Undo is no longer offered', async ({ page }) => {
  await openFirstDocument(page);
  const phrase = await findPhrase(page, 'احترام السيادة الليبية');
  const id = await highlightByDrag(page, phrase, 'purple');
  await boxes(page, id).first().click();
  await page.keyboard.press('Delete');
  const toast = page.getByRole('status').filter({ hasText: 'Highlight deleted' });
  await expect(toast).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(item(page, id)).toHaveText(phrase.text);
  await expect(toast).toBeHidden();
});

test('the selected highlight’s colour can be changed, and tags typed with an Arabic comma stay after a reload', async ({ page }) => {
  await openFirstDocument(page);
  const phrase = await findPhrase(page, 'موقف تركيا');
  const id = await highlightByDrag(page, phrase, 'yellow');
  await boxes(page, id).first().click();
  const colours = details(page).getByRole('radiogroup', { name: 'Colour' });
  await expect(colours.getByRole('radio', { name: 'Yellow' })).toHaveAttribute('aria-checked', 'true');
  await colours.getByRole('radio', { name: 'Blue' }).click();
  await expectColors(boxes(page, id), 'blue');
  await expect(colours.getByRole('radio', { name: 'Blue' })).toHaveAttribute('aria-checked', 'true');

  const tagField = details(page).getByLabel('Add tags');
  await tagField.fill('روسيا، تركيا');
  await tagField.press('Enter');
  const tags = details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(tags).toHaveCount(2);
  await expect(tags).toContainText(['روسيا', 'تركيا']);
  await expect(tagField).toHaveValue('');
  await expect(item(page, id)).toContainText('روسيا · تركيا');

  await reload(page);
  await expectColors(boxes(page, id), 'blue');
  await expect(item(page, id)).toContainText('روسيا · تركيا');
  await boxes(page, id).first().click();
  await expect(details(page).getByRole('list', { name: 'Tags' }).getByRole('listitem')).toContainText(['روسيا', 'تركيا']);
  await expect(details(page).getByRole('button', { name: /^Remove tag/ })).toHaveCount(2);
  await expect(details(page).getByRole('radiogroup', { name: 'Colour' }).getByRole('radio', { name: 'Blue' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('a double-clicked word, or one extended with Shift+Arrow keys, is highlighted, and H uses the last colour', async ({ page }) => {
  await openFirstDocument(page);
  // Double-click: exactly the word.
  const word = await findPhrase(page, 'الكثيفة');
  const before = await itemIds(page);
  const centre = await phraseCentre(page, word);
  await page.mouse.dblclick(centre.x, centre.y);
  await expectSelected(page, word);
  await toolbar(page).locator('[data-testid="highlight-color"][data-color="pink"]').click();
  const wordId = await newHighlightId(page, before);
  expect(await item(page, wordId).textContent()).toBe('الكثيفة');
  await expectColors(boxes(page, wordId), 'pink');
  await expectHighlightOver(page, wordId, word.docStart, word.docEnd);

  // Keyboard: ArrowLeft moves forward in right-to-left text, so Shift+ArrowLeft extends the selection.
  const start = await findPhrase(page, 'المصالح');
  const startCentre = await phraseCentre(page, start);
  await page.mouse.dblclick(startCentre.x, startCentre.y);
  await expectSelected(page, start);
  const sizes: number[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+ArrowLeft');
    const now = await selectionOffsets(page);
    expect(now?.start, 'the start of the selection stays put').toBe(start.docStart);
    sizes.push((now?.end ?? 0) - start.docStart);
  }
  expect(sizes, 'each key press extends the selection forward by one character').toEqual([8, 9, 10, 11, 12, 13]);
  const extended = DOC_TEXT.slice(start.docStart, start.docStart + 13);
  expect(extended.startsWith('المصالح الدو')).toBe(true);
  await expect(toolbar(page)).toBeVisible();

  await expect(toolbar(page).locator('[data-testid="highlight-color"][data-color="pink"]'), 'pink is marked as the last used colour').toHaveClass(
    /last-used/,
  );
  const beforeKey = await itemIds(page);
  await page.keyboard.press('h');
  const keyId = await newHighlightId(page, beforeKey);
  expect(await item(page, keyId).textContent()).toBe(extended);
  await expectColors(boxes(page, keyId), 'pink');
  await expect(toolbar(page)).toBeHidden();
  await expectHighlightOver(page, keyId, start.docStart, start.docStart + 13);
});

test('empty selections and selections outside the article body show no toolbar and highlight nothing', async ({ page }) => {
  await openFirstDocument(page);
  const tryToHighlight = async () => {
    await expect(toolbar(page)).toBeHidden();
    await page.keyboard.press('h');
    await expect(toolbar(page)).toBeHidden();
  };

  // A click in the text: a collapsed selection.
  const phrase = await findPhrase(page, 'الولايات المتحدة إلى');
  const centre = await phraseCentre(page, phrase);
  await page.mouse.click(centre.x, centre.y);
  await tryToHighlight();

  // Only the space between two words.
  const space = phrase.start + phrase.text.indexOf(' ');
  await dragSelect(page, { block: phrase.block, offset: space }, { block: phrase.block, offset: space + 1 });
  expect((await selectionOffsets(page))?.text).toBe(' ');
  await tryToHighlight();

  // The title, above the body.
  await selectTextOf(page, page.getByTestId('reader-title'));
  await tryToHighlight();

  // The library and the highlights panel's hint.
  await selectTextOf(page, page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { name: 'Library' }));
  await tryToHighlight();
  await selectTextOf(page, page.getByText('Select text in the article and pick a colour to highlight it.'));
  await tryToHighlight();

  // The byline and tags of a document that has them, below the body.
  await openDocument(page, '001_10e699bd053cc6a9');
  await selectTextOf(page, page.getByTestId('doc-meta').locator('p').first());
  await tryToHighlight();
  await selectTextOf(page, page.getByTestId('doc-meta').locator('.tag').nth(2));
  await tryToHighlight();

  await expect(page.getByTestId('highlight')).toHaveCount(0);
  await expect(items(page)).toHaveCount(0);
  await openDocument(page, DOC);
  await expect(page.getByTestId('highlight')).toHaveCount(0);
  await expect(items(page)).toHaveCount(0);
  expect(await storedHighlights(page)).toEqual([]);
});

/** Drags across an element's text from its right end to its left end and checks that something got selected. */
async function selectTextOf(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 2);
    const first = rects[0]!;
    return { right: first.right - 1, left: first.left + 1, y: first.top + first.height / 2 };
  });
  await page.mouse.move(box.right, box.y);
  await page.mouse.down();
  await page.mouse.move((box.left + box.right) / 2, box.y, { steps: 4 });
  await page.mouse.move(box.left, box.y, { steps: 4 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trim().length, 'the drag should have selected some text').toBeGreaterThan(2);
}

test('a longer highlight over an existing one keeps both, drawn and listed', async ({ page }) => {
  await openFirstDocument(page);
  const inner = await findPhrase(page, 'الانسحاب الفوري');
  const outer = await findPhrase(page, 'إلى الانسحاب الفوري للقوات');
  const innerId = await highlightByDrag(page, inner, 'yellow');
  const outerId = await highlightByDrag(page, outer, 'blue');
  await expectHighlightOver(page, innerId, inner.docStart, inner.docEnd);
  await expectHighlightOver(page, outerId, outer.docStart, outer.docEnd);
  await expect(items(page)).toHaveCount(2);
  expect(await itemIds(page)).toEqual([outerId, innerId]);
  // Reading order: the longer one starts first.
  expect(await panelEntries(page)).toEqual([
    { text: outer.text, color: 'blue' },
    { text: inner.text, color: 'yellow' },
  ]);
});

test('a drag that starts on a highlight still selects the text under it and makes a new highlight', async ({ page }) => {
  await openFirstDocument(page);
  const first = await findPhrase(page, 'الانسحاب الفوري للقوات الروسية');
  const firstId = await highlightByDrag(page, first, 'green');

  // Starts on "الفوري", inside the green highlight, and ends after it.
  const from = await findPhrase(page, 'الفوري للقوات');
  const to = await findPhrase(page, 'والتركية من ليبيا');
  const span = spanBetween(from, to);
  const press = await caretPoint(page, span.from, 'start');
  const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-highlight-id'), press);
  expect(onTop, 'the drag starts on the existing highlight').toBe(firstId);

  const secondId = await highlightByDrag(page, span, 'pink');
  await expect(details(page), 'starting a drag on a highlight does not select it').toBeHidden();
  expect(await panelEntries(page)).toEqual([
    { text: first.text, color: 'green' },
    { text: span.text, color: 'pink' },
  ]);
  await expectHighlightOver(page, firstId, first.docStart, first.docEnd);
  await expectHighlightOver(page, secondId, span.docStart, span.docEnd);

  // Backwards: pressed on the highlight (at the end of "الانسحاب الفوري") and released before it.
  const back = spanBetween(await findPhrase(page, 'المتحدة إلى'), await findPhrase(page, 'الانسحاب الفوري'));
  const backId = await highlightByDrag(page, back, 'blue', { backwards: true });
  await expect(items(page)).toHaveCount(3);
  await expectHighlightOver(page, backId, back.docStart, back.docEnd);
});

// A drag that ends over an existing highlight ends in the text under it (boxes let the mouse through).
test('a drag released on top of an existing highlight selects only up to where the mouse was released', async ({ page }) => {
  await openFirstDocument(page);
  const first = await findPhrase(page, 'الانسحاب الفوري للقوات الروسية');
  const firstId = await highlightByDrag(page, first, 'green');
  const span = spanBetween(await findPhrase(page, 'المتحدة إلى'), await findPhrase(page, 'الانسحاب الفوري'));
  const release = await caretPoint(page, span.to, 'end');
  const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-highlight-id'), release);
  expect(under, 'the drag ends on the existing highlight').toBe(firstId);
  const secondId = await highlightByDrag(page, span, 'blue');
  expect(await item(page, secondId).textContent()).toBe('المتحدة إلى الانسحاب الفوري');
});

test('highlights are redrawn over their words after the text gets larger and the window is resized', async ({ page }) => {
  await openFirstDocument(page);
  const phrase = await findPhrase(page, 'يمكن أن يتغير ذلك بسرعة');
  const id = await highlightByDrag(page, phrase, 'yellow');
  const long = spanBetween(await findPhrase(page, 'تحولا فيما يتعلق'), await findPhrase(page, 'في 23 يناير.'));
  const longId = await highlightByDrag(page, long, 'green');
  const before = await highlightRects(page, id);

  const reader = page.getByTestId('reader');
  const size = await reader.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(() => reader.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(size);
  await scrollToBlock(page, phrase.block);
  await expectHighlightOver(page, id, phrase.docStart, phrase.docEnd);
  await expectHighlightOver(page, longId, long.docStart, long.docEnd);
  const larger = await highlightRects(page, id);
  expect(larger[0]!.bottom - larger[0]!.top, 'the boxes grew with the text').toBeGreaterThan(before[0]!.bottom - before[0]!.top);

  await page.setViewportSize({ width: 900, height: 640 });
  await scrollToBlock(page, phrase.block);
  await expectHighlightOver(page, id, phrase.docStart, phrase.docEnd);
  await scrollToBlock(page, long.from.block);
  await expectHighlightOver(page, longId, long.docStart, long.docEnd);

  await page.setViewportSize({ width: 1400, height: 800 });
  await expectHighlightOver(page, id, phrase.docStart, phrase.docEnd);
  await expectHighlightOver(page, longId, long.docStart, long.docEnd);
});

// Boxes are positioned against the body, so a title changing height does not move them off their words.
test('highlights stay on their words when the title above the text changes height', async ({ page }) => {
  await openFirstDocument(page);
  const phrase = await findPhrase(page, 'الانسحاب الفوري للقوات');
  const id = await highlightByDrag(page, phrase, 'yellow');
  await page.getByRole('button', { name: 'Rename document' }).click();
  await expect(page.getByLabel('Document title')).toBeVisible();
  await expectHighlightOver(page, id, phrase.docStart, phrase.docEnd);
  await page.getByLabel('Document title').fill('عنوان جديد طويل يمتد على أكثر من سطر واحد في رأس المقالة '.repeat(3));
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByTestId('reader-title')).toContainText('عنوان جديد طويل');
  await expectHighlightOver(page, id, phrase.docStart, phrase.docEnd);
});

// ---------------------------------------------------------------------------------------------
// Re-anchoring stored highlights after the corpus text changed.

async function waitForDatabase(page: Page): Promise<void> {
  // Dexie stores schema version 2 as IndexedDB version 20.
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'qiraa')?.version ?? 0))
    .toBeGreaterThanOrEqual(20);
}

async function withHighlightStore<T>(page: Page, mode: 'put' | 'getAll', rows: unknown[] = []): Promise<T> {
  return page.evaluate(
    async ({ mode, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('qiraa');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<unknown>((resolve, reject) => {
          const tx = db.transaction('highlights', mode === 'put' ? 'readwrite' : 'readonly');
          const store = tx.objectStore('highlights');
          let result: unknown = null;
          if (mode === 'put') for (const row of rows) store.put(row);
          else {
            const request = store.getAll();
            request.onsuccess = () => (result = request.result);
          }
          tx.oncomplete = () => resolve(result);
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { mode, rows },
  ) as Promise<T>;
}

async function storedHighlights(page: Page): Promise<Record<string, unknown>[]> {
  await waitForDatabase(page);
  return withHighlightStore(page, 'getAll');
}

function storedRow(id: string, quote: string, color: string, createdAt: number) {
  const start = DOC_TEXT.indexOf(quote);
  if (start < 0 || DOC_TEXT.indexOf(quote, start + 1) >= 0) throw new Error(`"${quote}" must occur once in ${DOC}`);
  return {
    id,
    docId: DOC,
    color,
    style: 'highlight',
    tags: [],
    selectors: describeRange(DOC_TEXT, start, start + quote.length),
    sortIndex: start,
    createdAt,
    modifiedAt: createdAt,
  };
}

/** Replaces the one occurrence of `from` in `text`. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from), `"${from}" occurs once`).toHaveLength(2);
  return text.replace(from, to);
}

test('stored highlights find their passage again after the text changed, and a lost passage is kept as an orphan', async ({ page }) => {
  const moved = storedRow('00000000-0000-4000-8000-000000000001', 'أثارت كلماته الغضب في برقة', 'yellow', 1_700_000_000_000);
  const edited = storedRow('00000000-0000-4000-8000-000000000002', 'ندعو تركيا وروسيا إلى الشروع فوراً في سحب قواتهما', 'green', 1_700_000_001_000);
  const lost = storedRow('00000000-0000-4000-8000-000000000003', 'سارت هدنة مسلحة على الأرض على طول الخط الأمامي', 'blue', 1_700_000_002_000);

  let changed = edit(DOC_TEXT, 'أعلن وزير دفاع', 'وفي تطور لاحق أصدرت حكومة طرابلس بيانا جديدا عن الموقف. أعلن وزير دفاع');
  changed = edit(changed, 'إلى الشروع فوراً', 'إلى البدء فوراً');
  const lostParagraph = DOC_TEXT.slice(DOC_TEXT.lastIndexOf('\n', lost.sortIndex) + 1, DOC_TEXT.indexOf('\n', lost.sortIndex) + 1);
  expect(lostParagraph.startsWith('منذ ذلك الحين')).toBe(true);
  changed = edit(changed, lostParagraph, '');

  await openFirstDocument(page);
  await waitForDatabase(page);
  await withHighlightStore(page, 'put', [moved, edited, lost]);
  let served = 0;
  await page.route(`**/${DOC}*.txt`, async (route) => {
    served++;
    await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: changed });
  });
  await reload(page);
  expect(served, 'the reader loaded the changed text').toBeGreaterThan(0);
  await expect(page.getByTestId('reader-body')).toContainText('وفي تطور لاحق أصدرت حكومة طرابلس');
  await expect(page.getByTestId('reader-body')).not.toContainText('سارت هدنة مسلحة');

  // The moved passage and the edited one are drawn on the new text.
  await expect(items(page)).toHaveCount(2);
  const newEdited = await findPhrase(page, 'ندعو تركيا وروسيا إلى البدء فوراً في سحب قواتهما');
  const newMoved = await findPhrase(page, moved.selectors.quote.exact);
  expect(newMoved.docStart).toBeGreaterThan(moved.selectors.position.start);
  expect(await panelEntries(page)).toEqual([
    { text: newEdited.text, color: 'green' },
    { text: newMoved.text, color: 'yellow' },
  ]);
  expect(await itemIds(page)).toEqual([edited.id, moved.id]);
  await scrollToBlock(page, newEdited.block);
  await expectHighlightOver(page, edited.id, newEdited.docStart, newEdited.docEnd);
  await scrollToBlock(page, newMoved.block);
  await expectHighlightOver(page, moved.id, newMoved.docStart, newMoved.docEnd);

  // The lost one is listed with its stored quote and not drawn.
  const orphans = page.getByTestId('orphans').getByTestId('orphan-item');
  await expect(orphans).toHaveCount(1);
  await expect(orphans.first()).toHaveAttribute('data-highlight-id', lost.id);
  await expect(orphans.first()).toContainText(lost.selectors.quote.exact);
  await expect(boxes(page, lost.id)).toHaveCount(0);

  // Nothing was deleted or rewritten in the store.
  const rows = await storedHighlights(page);
  expect(rows.sort((a, b) => String(a['id']).localeCompare(String(b['id'])))).toEqual([moved, edited, lost]);
});

test('the library shows how many highlights each document has', async ({ page }) => {
  await openFirstDocument(page);
  const libraryItem = page.locator(`[data-testid="library-item"][data-doc-id="${DOC}"]`);
  await expect(libraryItem).not.toContainText('highlight');
  const firstId = await highlightByDrag(page, await findPhrase(page, 'الولايات المتحدة'), 'yellow');
  await expect(libraryItem).toContainText('1 highlight');
  await expect(libraryItem).not.toContainText('1 highlights');
  await highlightByDrag(page, await findPhrase(page, 'ريتشارد ميلز جونيور'), 'blue');
  await expect(libraryItem).toContainText('2 highlights');
  await expect(page.locator('[data-testid="library-item"]').filter({ hasText: 'highlight' })).toHaveCount(1);

  await reload(page);
  await expect(libraryItem).toContainText('2 highlights');
  await boxes(page, firstId).first().click();
  await page.keyboard.press('Delete');
  await expect(libraryItem).toContainText('1 highlight');
  await expect(libraryItem).not.toContainText('highlights');
});
