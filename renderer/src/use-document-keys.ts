import { useEffect } from 'react';
import type { CorpusDocument } from './core/corpus/corpus-types';

/** True for text fields and rich-text editors, which keep their own keys. */
export function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Alt+↓ / Alt+↑ open the next / previous document from anywhere but a text field. */
export function useDocumentKeys(documents: CorpusDocument[], openId: string | null, open: (docId: string) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey || isEditable(event.target)) return;
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (step === 0 || documents.length === 0) return;
      event.preventDefault();
      const index = documents.findIndex((d) => d.id === openId);
      const next = documents[Math.min(documents.length - 1, Math.max(0, index + step))];
      if (next && next.id !== openId) open(next.id);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [documents, openId, open]);
}
