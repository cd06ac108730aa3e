import { useEffect, type RefObject } from 'react';
import { isEditable } from '../../use-document-keys';
import { uncoverAppBar } from '../layout/uncover-app-bar';

/**
 * Ctrl/⌘+K focuses the search field from anywhere, text fields and the note editor included:
 * it is caught before they see it (so it never reaches a tag field or the editor), by the key's
 * position (`KeyK`), so it works with an Arabic layout too. "/" focuses it outside text fields.
 */
export function useSearchShortcut(inputRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      // "/" by its character, or by its key's position when the layout types a non-Latin letter there (ظ in Arabic).
      const wanted = mod ? event.code === 'KeyK' && !event.shiftKey : (event.key === '/' || (event.code === 'Slash' && !event.shiftKey && !/^[ -~]$/.test(event.key))) && !isEditable(event.target);
      if (!wanted) return;
      event.preventDefault();
      event.stopPropagation();
      // A panel over the text leaves the field inert (and focus mode hides it): the layout puts them away first.
      uncoverAppBar();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [inputRef]);
}
