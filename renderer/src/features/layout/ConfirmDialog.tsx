import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { placeNear } from './place-near';
import { focusWhenLost } from './focus-when-lost';
import { FOCUSABLE, wrapTab } from './trap-tab';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  /** The dialog's accessible name: the question it asks. */
  label: string;
  children: ReactNode;
  /** Esc, or the dialog closed without an answer. */
  onCancel: () => void;
  /**
   * Where focus goes when the dialog goes and the element that opened it is gone too (a deleted
   * highlight's Delete button): the next item in a list, the list itself.
   */
  returnFocus?: () => HTMLElement | null | undefined;
  /** data-testid of the dialog element. */
  testId?: string;
}

/**
 * A real modal confirmation: a native <dialog> opened with showModal(), so focus moves in (to the
 * first button, or one marked data-autofocus), Tab stays inside and the page behind is inert; Esc
 * cancels. It sits beside the control that opened it, and when it goes focus goes back there (or to
 * `returnFocus` when that control went with the answer).
 */
export function ConfirmDialog({ label, children, onCancel, returnFocus, testId }: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCancelRef = useRef(onCancel);
  const returnRef = useRef(returnFocus);
  useLayoutEffect(() => {
    onCancelRef.current = onCancel;
    returnRef.current = returnFocus;
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
    const place = () => placeNear(dialog, opener?.isConnected ? opener.getBoundingClientRect() : null, { width: window.innerWidth, height: window.innerHeight });
    place();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('resize', place);
      // Given back after React has removed the dialog, once it is clear where focus landed.
      queueMicrotask(() => {
        const active = document.activeElement;
        const lost = active === null || active === document.body || !active.isConnected || dialog.contains(active);
        if (!lost) return;
        const fallback = returnRef.current;
        if (opener?.isConnected) {
          opener.focus();
          // The answer may remove the opener a moment later (a deleted collection's Delete).
          if (fallback) focusWhenLost(fallback);
        } else fallback?.()?.focus();
      });
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const cancel = (event: Event) => {
      event.preventDefault();
      onCancelRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, []);

  // Keys pressed in the dialog are its own (Esc must not also close a panel), and Tab wraps:
  // a modal <dialog> would otherwise let Tab leave for the browser's own controls.
  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    event.stopPropagation();
    wrapTab(event, event.currentTarget);
  }

  return (
    <dialog ref={dialogRef} className="confirm-dialog" role="alertdialog" aria-label={label} data-testid={testId} onKeyDown={onKeyDown}>
      {children}
    </dialog>
  );
}
