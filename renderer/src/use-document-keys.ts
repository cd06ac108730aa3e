import { useEffect } from 'react';

/**
 * True for text fields and rich-text editors, which keep their own keys. The reading view with a
 * caret (caret browsing, F7) is contentEditable only for its caret: its keys stay the reader's.
 */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return target.isContentEditable && target.closest('[data-caret-browsing]') === null;
}

/** Alt+↓ / Alt+↑ open the next / previous document of the library as shown, from anywhere but a text field. */
export function useDocumentKeys(documentIds: readonly string[], openId: string | null, open: (docId: string) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (step === 0 || documentIds.length === 0) return;
      event.preventDefault();
      const index = documentIds.indexOf(openId ?? '');
      const next = documentIds[Math.min(documentIds.length - 1, Math.max(0, index + step))];
      if (next && next !== openId) open(next);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [documentIds, openId, open]);
}
