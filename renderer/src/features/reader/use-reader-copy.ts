import { useEffect, type RefObject } from 'react';
import { isWholeBody, selectionSpan } from './reader-selection';
import { textOfSpan } from './selection-text';

/**
 * Copying from the reader (Ctrl/⌘+C, the Edit menu, the context menu: all one `copy` event) puts
 * the original text between the selection's ends on the clipboard, as plain text: a long
 * document draws only the text near the view, so the drawn DOM would miss whatever lies between
 * ends far apart. After "select all" (see useSelectAll) it is the whole text. A selection that
 * leaves the body is copied as the browser would.
 */
export function useReaderCopy(bodyRef: RefObject<HTMLElement | null>, text: string): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      const body = bodyRef.current;
      const selection = document.getSelection();
      if (!body || !event.clipboardData) return;
      const span = isWholeBody(body, selection) ? { start: 0, end: text.length } : selectionSpan(body, selection);
      if (!span) return;
      event.clipboardData.setData('text/plain', textOfSpan(text, span));
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [bodyRef, text]);
}
