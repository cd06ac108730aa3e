/**
 * Where words of the reader's text are on screen, so tests can select them with the mouse as a
 * user would. Every body block (`[data-block-index]`) holds one text node and carries
 * `data-start`, its offset in the document's original text; "document offsets" below are
 * offsets into that original text, "block offsets" are offsets into one block's text node.
 *
 * The text is right-to-left: a word's start is at its right edge. Points are found by asking the
 * browser's own hit testing (caretPositionFromPoint) where the caret goes, not by guessing from
 * glyph widths, so they are right for Arabic shaping, ligatures and mixed-direction runs alike.
 */
import { expect, type Page } from '@playwright/test';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A caret position: an offset into one block's text. */
export interface TextPoint {
  block: number;
  offset: number;
}

/** A phrase found in the reader body. */
export interface Phrase {
  block: number;
  /** Block offsets. */
  start: number;
  end: number;
  /** Document offsets. */
  docStart: number;
  docEnd: number;
  text: string;
  from: TextPoint;
  to: TextPoint;
}

/** Finds `text` in one body block (the `nth` occurrence in the whole body, counting from 0). */
export async function findPhrase(page: Page, text: string, nth = 0): Promise<Phrase> {
  const found = await page.getByTestId('reader-body').evaluate(
    (body, [wanted, index]) => {
      const hits: { block: number; start: number; docStart: number }[] = [];
      for (const el of body.querySelectorAll<HTMLElement>('[data-block-index]')) {
        const data = el.textContent ?? '';
        for (let at = data.indexOf(wanted); at !== -1; at = data.indexOf(wanted, at + 1)) {
          hits.push({ block: Number(el.dataset['blockIndex']), start: at, docStart: Number(el.dataset['start']) + at });
        }
      }
      return { hit: hits[index] ?? null, count: hits.length };
    },
    [text, nth] as const,
  );
  if (!found.hit) throw new Error(`"${text}" occurs ${found.count} times in the reader body; wanted occurrence ${nth}`);
  const { block, start, docStart } = found.hit;
  const end = start + text.length;
  return {
    block,
    start,
    end,
    docStart,
    docEnd: docStart + text.length,
    text,
    from: { block, offset: start },
    to: { block, offset: end },
  };
}

/** The reader's document offsets of a caret position. */
export async function docOffset(page: Page, point: TextPoint): Promise<number> {
  const start = await page.locator(`[data-testid="reader-body"] [data-block-index="${point.block}"]`).getAttribute('data-start');
  return Number(start) + point.offset;
}

/** Scrolls the reader so that a block is in the middle of the view. */
export async function scrollToBlock(page: Page, block: number): Promise<void> {
  await page
    .locator(`[data-testid="reader-body"] [data-block-index="${block}"]`)
    .evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
}

/**
 * A viewport point where a mouse press (or release) puts the caret at `point`. `edge` says which
 * line to use when the offset is at a line break: a selection's start lies on the line of the
 * character after it, its end on the line of the character before it.
 */
export async function caretPoint(page: Page, point: TextPoint, edge: 'start' | 'end'): Promise<Point> {
  const result = await page.locator(`[data-testid="reader-body"] [data-block-index="${point.block}"]`).evaluate(
    (el, [offset, side]) => {
      const node = el.firstChild;
      if (!(node instanceof Text)) return { error: 'the block does not start with a text node' };
      const charIndex = side === 'start' ? Math.min(offset, node.length - 1) : Math.max(offset - 1, 0);
      const range = document.createRange();
      range.setStart(node, charIndex);
      range.setEnd(node, charIndex + 1);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const rect = rects[0];
      if (!rect) return { error: `character ${charIndex} has no box` };
      const y = rect.top + rect.height / 2;

      // Hit-test the text itself, as the app does for drags that start on a highlight box.
      const layer = document.querySelector('.highlight-layer');
      const hadPassThrough = layer?.classList.contains('pass-through') ?? false;
      layer?.classList.add('pass-through');
      const caretAt = (x: number): { node: Node; offset: number } | null => {
        const position = document.caretPositionFromPoint?.(x, y);
        if (position) return { node: position.offsetNode, offset: position.offset };
        const r = document.caretRangeFromPoint?.(x, y);
        return r ? { node: r.startContainer, offset: r.startOffset } : null;
      };
      const runs: { from: number; to: number }[] = [];
      const step = 0.25;
      // Only points on the block itself: a press in the margin beside it would not start on its text.
      const bounds = el.getBoundingClientRect();
      const fromX = Math.max(rect.left - 10, bounds.left + 0.5);
      const toX = Math.min(rect.right + 10, bounds.right - 0.5);
      for (let x = fromX; x <= toX; x += step) {
        const caret = caretAt(x);
        const hit = caret?.node === node && caret.offset === offset;
        const last = runs.at(-1);
        if (hit && last && Math.abs(last.to - (x - step)) < step / 2) last.to = x;
        else if (hit) runs.push({ from: x, to: x });
      }
      if (!hadPassThrough) layer?.classList.remove('pass-through');
      if (runs.length === 0) return { error: `no point on the line of character ${charIndex} puts the caret at offset ${offset}` };
      // The widest run is the one around the boundary itself (ties: the one nearest the character).
      const distance = (r: { from: number; to: number }) => Math.abs((r.from + r.to) / 2 - (rect.left + rect.right) / 2);
      runs.sort((a, b) => b.to - b.from - (a.to - a.from) || distance(a) - distance(b));
      const best = runs[0]!;
      const x = (best.from + best.to) / 2;
      const top = document.elementFromPoint(x, y);
      const onText = top === el || (top instanceof HTMLElement && top.dataset['testid'] === 'highlight');
      if (!onText) return { error: `the point (${x}, ${y}) is covered by ${top?.outerHTML.slice(0, 80)}` };
      return { x, y };
    },
    [point.offset, edge] as const,
  );
  if ('error' in result) throw new Error(`no caret point for block ${point.block} offset ${point.offset}: ${result.error}`);
  return result;
}

/** The centre of a phrase's first box (for clicks and double-clicks on a word). */
export async function phraseCentre(page: Page, phrase: Phrase): Promise<Point> {
  await scrollToBlock(page, phrase.block);
  const rects = await textRects(page, phrase.docStart, phrase.docEnd);
  const first = rects[0];
  if (!first) throw new Error(`"${phrase.text}" has no box on screen`);
  return { x: (first.left + first.right) / 2, y: (first.top + first.bottom) / 2 };
}

/**
 * Selects from `from` to `to` (in reading order) by pressing the mouse at one and releasing it
 * at the other, moving in small steps as a hand would. `backwards` drags from the end to the start.
 */
export async function dragSelect(page: Page, from: TextPoint, to: TextPoint, options: { backwards?: boolean } = {}): Promise<void> {
  await scrollToBlock(page, from.block);
  if (to.block !== from.block) {
    // Keep both ends in view: centre on the middle of the two blocks.
    await page.getByTestId('reader-body').evaluate(
      (body, [a, b]) => {
        const first = body.querySelector(`[data-block-index="${a}"]`)!.getBoundingClientRect();
        const last = body.querySelector(`[data-block-index="${b}"]`)!.getBoundingClientRect();
        const scroller = body.closest('.reader-scroll')!;
        const view = scroller.getBoundingClientRect();
        scroller.scrollTop += (first.bottom + last.top) / 2 - (view.top + view.height / 2);
      },
      [from.block, to.block] as const,
    );
  }
  const start = await caretPoint(page, from, 'start');
  const end = await caretPoint(page, to, 'end');
  const [press, release] = options.backwards ? [end, start] : [start, end];
  await page.mouse.move(press.x, press.y);
  await page.mouse.down();
  await page.mouse.move(press.x + (release.x - press.x) / 2, press.y + (release.y - press.y) / 2, { steps: 4 });
  await page.mouse.move(release.x, release.y, { steps: 4 });
  await page.mouse.up();
}

/** Drags over a phrase, in reading order unless `backwards`. */
export async function dragSelectPhrase(page: Page, phrase: Phrase, options: { backwards?: boolean } = {}): Promise<void> {
  await dragSelect(page, phrase.from, phrase.to, options);
}

/** The document offsets of the current selection in the reader body, or null when there is none. */
export async function selectionOffsets(page: Page): Promise<{ start: number; end: number; text: string } | null> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const offsetOf = (node: Node, offset: number): number | null => {
      const block = node.parentElement?.closest<HTMLElement>('[data-testid="reader-body"] [data-start]');
      return node instanceof Text && block ? Number(block.dataset['start']) + offset : null;
    };
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    return start === null || end === null ? null : { start, end, text: selection.toString() };
  });
}

/** The client rects of the reader's text between two document offsets (one or more per block). */
export async function textRects(page: Page, docStart: number, docEnd: number): Promise<Rect[]> {
  return page.getByTestId('reader-body').evaluate(
    (body, [from, to]) => {
      const rects: Rect[] = [];
      for (const el of body.querySelectorAll<HTMLElement>('[data-start]')) {
        const node = el.firstChild;
        if (!(node instanceof Text)) continue;
        const start = Number(el.dataset['start']);
        const end = start + node.length;
        if (end <= from || start >= to) continue;
        const range = document.createRange();
        range.setStart(node, Math.max(from, start) - start);
        range.setEnd(node, Math.min(to, end) - start);
        for (const r of range.getClientRects()) {
          if (r.width > 0.5 && r.height > 0.5) rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        }
      }
      return rects;
    },
    [docStart, docEnd] as const,
  );
}

/** The boxes drawn for one highlight. */
export async function highlightRects(page: Page, id: string): Promise<Rect[]> {
  return page.locator(`[data-testid="highlight"][data-highlight-id="${id}"]`).evaluateAll((boxes) =>
    boxes.map((box) => {
      const r = box.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

function intersection(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function area(r: Rect): number {
  return (r.right - r.left) * (r.bottom - r.top);
}

/**
 * What is wrong with `boxes` as a drawing of the text whose client rects are `text`: every piece
 * of the text must lie (mostly) under the boxes, and every box must lie over some of the text.
 * Returns an empty list when the boxes cover the text.
 */
export function coverageProblems(boxes: readonly Rect[], text: readonly Rect[]): string[] {
  const problems: string[] = [];
  if (boxes.length === 0) problems.push('no highlight boxes');
  if (text.length === 0) problems.push('the text has no boxes');
  const fmt = (r: Rect) => `[${r.left.toFixed(1)},${r.top.toFixed(1)} – ${r.right.toFixed(1)},${r.bottom.toFixed(1)}]`;
  for (const t of text) {
    const covered = boxes.reduce((sum, b) => sum + intersection(t, b), 0);
    if (covered < 0.8 * area(t)) problems.push(`text ${fmt(t)} is ${Math.round((100 * covered) / area(t))}% covered`);
  }
  for (const b of boxes) {
    const over = text.reduce((sum, t) => sum + intersection(t, b), 0);
    if (over < 0.5 * area(b)) problems.push(`box ${fmt(b)} lies ${Math.round((100 * over) / area(b))}% over the text`);
  }
  return problems;
}

/** Asserts (with retries, since drawing follows layout) that a highlight's boxes cover exactly some text. */
export async function expectHighlightOver(page: Page, id: string, docStart: number, docEnd: number): Promise<void> {
  await expect
    .poll(async () => coverageProblems(await highlightRects(page, id), await textRects(page, docStart, docEnd)), {
      message: `highlight ${id} should be drawn over document offsets ${docStart}–${docEnd}`,
    })
    .toEqual([]);
}
