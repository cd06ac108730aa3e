/**
 * Edit › Select All from the desktop app's menu does what Ctrl/⌘+A does where the focus is: in
 * the reading view the whole document through the reader (most of a long book is not drawn, so
 * the native command would select the page instead), in a text field the field's text, elsewhere
 * the page. Main sends the command; the page decides.
 */
import { useMenuCommand } from '../../platform/use-menu-command';

/** The open reading view's select-all: true when it took the command (the focus is in it, not in a field). */
type ReaderSelectAll = () => boolean;

let readerSelectAll: ReaderSelectAll | null = null;

/** The reading view offers its select-all while it is open; returns the function that withdraws it. */
export function offerReaderSelectAll(handler: ReaderSelectAll): () => void {
  readerSelectAll = handler;
  return () => {
    if (readerSelectAll === handler) readerSelectAll = null;
  };
}

/** Carries out the menu's Select All. */
export function menuSelectAll(): void {
  if (readerSelectAll?.()) return;
  // What the native menu item does: a focused field selects its own text, otherwise the page.
  document.execCommand('selectAll');
}

/** Listens for the menu's Select All for as long as the app is open (nothing comes in the browser). */
export function useMenuSelectAll(): void {
  useMenuCommand((command) => {
    if (command === 'select-all') menuSelectAll();
  });
}
