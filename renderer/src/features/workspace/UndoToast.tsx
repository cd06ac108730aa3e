import { FormattedMessage } from 'react-intl';
import { useDismissTimer } from '../layout/use-dismiss-timer';
import { undoHighlightEdit } from '../../data/highlight-store';
import { focusWhenLost } from '../layout/focus-when-lost';
import { useShortcut } from '../../i18n/key-labels';
import { stillThere } from './focus-after-delete';

const VISIBLE_MS = 8000;

/** "Highlight deleted · Undo (Ctrl+Z)": the mouse route to what Ctrl/⌘+Z does, naming the shortcut. */
export function UndoToast({ onUndone, onUndoError, onDismiss }: { onUndone: (id: string | null) => void; onUndoError: (error: unknown) => void; onDismiss: () => void }) {
  const toast = useDismissTimer<HTMLDivElement>(VISIBLE_MS, onDismiss);
  const shortcut = useShortcut({ primary: true, code: 'KeyZ' });
  return (
    <div ref={toast} className="toast" role="status">
      <span>
        <FormattedMessage id="workspace.highlightDeleted" />
      </span>
      <button
        type="button"
        aria-keyshortcuts={shortcut.aria}
        onClick={() =>
          void undoHighlightEdit().then((id) => {
            // The toast goes with its button: focus goes to the highlight brought back.
            focusWhenLost(
              () => (id === null ? null : document.querySelector<HTMLElement>(`[data-testid="highlight-item"][data-highlight-id="${CSS.escape(id)}"]`)),
              () => stillThere(null),
            );
            onUndone(id);
            onDismiss();
          }, onUndoError)
        }
      >
        <FormattedMessage id="common.undoWithShortcut" values={{ shortcut: <bdi>{shortcut.label}</bdi> }} />
      </button>
    </div>
  );
}
