import { useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { useDismissTimer } from '../layout/use-dismiss-timer';
import { firstOf, focusWhenLost } from '../layout/focus-when-lost';
import { useShortcut } from '../../i18n/key-labels';
import { db } from '../../data/db';
import { restoreDeletedDocuments, type DeletedDocuments } from '../../data/document-delete';
import { useUndoKey } from './use-undo-key';

const VISIBLE_MS = 10_000;

/**
 * "Document deleted · Undo (Ctrl+Z)": puts back the document, its original, highlights and notes,
 * from its button or, while it is shown, Ctrl/⌘+Z.
 */
export function DocumentDeletedToast({ deleted, onUndone, onDismiss }: { deleted: DeletedDocuments; onUndone: (docId: string) => void; onDismiss: () => void }) {
  const toast = useDismissTimer<HTMLDivElement>(VISIBLE_MS, onDismiss, deleted);
  const shortcut = useShortcut({ primary: true, code: 'KeyZ' });
  const undoing = useRef<DeletedDocuments | null>(null);
  const title = deleted.documents[0]?.title ?? '';

  function undo() {
    if (undoing.current === deleted) return;
    undoing.current = deleted;
    void restoreDeletedDocuments(db, deleted).then(() => {
      const docId = deleted.docIds[0];
      // The toast goes, with focus if it was on its button: focus goes to the document brought back.
      if (docId) focusWhenLost(() => firstOf(`[data-testid="library-item"][data-doc-id="${CSS.escape(docId)}"]`, '[data-testid="library-item"]'));
      if (docId) onUndone(docId);
      onDismiss();
    }, (error: unknown) => {
      undoing.current = null;
      throw error;
    });
  }
  useUndoKey(undo, deleted);

  return (
    <div ref={toast} className="toast" role="status">
      <span>
        <FormattedMessage id="library.deleted" values={{ title: <bdi>{title}</bdi> }} />
      </span>
      <button type="button" onClick={undo} aria-keyshortcuts={shortcut.aria}>
        <FormattedMessage id="common.undoWithShortcut" values={{ shortcut: <bdi>{shortcut.label}</bdi> }} />
      </button>
    </div>
  );
}
