import { useEffect, type RefObject } from 'react';
import { CARET_ATTRIBUTE } from './use-caret-browsing';
import type { TextChunk } from './text-chunks';
import type { ReaderNavigator } from './use-reader-navigator';

type Edge = 'start' | 'end';

/** The document edge a key press asks the caret to go to: Ctrl/⌘+Home / End, and ⌘+↑ / ↓ as on a Mac. */
function edgeOf(event: KeyboardEvent): Edge | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key === 'Home') return 'start';
  if (mod && event.key === 'End') return 'end';
  if (event.metaKey && event.key === 'ArrowUp') return 'start';
  if (event.metaKey && event.key === 'ArrowDown') return 'end';
  return null;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
// About half a second of frames: the chunks around a far jump are measured (and moved) over a few.
const MAX_FRAMES = 30;

/** The caret's box, or its line's when a collapsed range has none. */
function caretRect(): DOMRect | null {
  const selection = document.getSelection();
  if (!selection?.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  return range.getClientRects()[0] ?? selection.focusNode.parentElement?.getBoundingClientRect() ?? null;
}

/**
 * Scrolls the caret into the view, again on the next frames while the virtualiser measures the
 * chunks around it (a chunk above measured taller than estimated pushes the caret down).
 */
async function keepCaretInView(scroller: HTMLElement, current: () => boolean): Promise<void> {
  for (let frame = 0, still = 0; frame < MAX_FRAMES && still < 3 && current(); frame++) {
    const rect = caretRect();
    if (!rect) return;
    const view = scroller.getBoundingClientRect();
    if (rect.top < view.top || rect.bottom > view.bottom) {
      scroller.scrollTop += rect.top - (view.top + view.height / 3);
      still = 0;
    } else still++;
    await nextFrame();
  }
}

/**
 * Caret browsing (F7) over the whole of a long document, not only its drawn chunks: Ctrl/⌘+End
 * goes to the end of the book and Ctrl/⌘+Home to its start (with Shift, the selection extends
 * there), drawing the chunk first, where the browser would stop at the edge of what is drawn.
 * The arrow keys need nothing here: ReaderBody keeps the chunks beside the caret drawn, so the
 * browser's own caret always has text to move into.
 */
export function useCaretTravel(bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>, chunks: readonly TextChunk[], navigator: ReaderNavigator): void {
  useEffect(() => {
    const first = chunks[0];
    const last = chunks.at(-1);
    if (!first || !last) return;
    let latest = 0;
    const onKeyDown = async (event: KeyboardEvent) => {
      const body = bodyRef.current;
      const scroller = scrollRef.current;
      const edge = edgeOf(event);
      if (!edge || event.defaultPrevented || !body || !scroller || !body.hasAttribute(CARET_ATTRIBUTE) || !(event.target instanceof Node) || !body.contains(event.target)) return;
      event.preventDefault();
      const extend = event.shiftKey;
      const travel = ++latest;
      const target = edge === 'end' ? { start: last.end - 1, end: last.end } : { start: first.start, end: first.start + 1 };
      // Drawn and shown a third of the way down the view, where the caret then goes.
      const ranges = await navigator.showRange(target, scroller);
      const range = edge === 'end' ? ranges.at(-1) : ranges[0];
      const selection = document.getSelection();
      if (!range || !selection || travel !== latest) return;
      const [node, offset] = edge === 'end' ? [range.endContainer, range.endOffset] : [range.startContainer, range.startOffset];
      if (extend && selection.rangeCount > 0) selection.extend(node, offset);
      else selection.collapse(node, offset);
      await keepCaretInView(scroller, () => travel === latest);
    };
    const listener = (event: KeyboardEvent) => void onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [bodyRef, scrollRef, chunks, navigator]);
}
