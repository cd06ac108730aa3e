import { ConfirmDialog } from '../layout/ConfirmDialog';

interface HighlightDeleteDialogProps {
  onKeepNote: () => void;
  onDeleteNote: () => void;
  onCancel: () => void;
  /** Where focus goes once the highlight (and its Delete button) is gone. */
  returnFocus: () => HTMLElement | null;
}

/** Asked before deleting a highlight that has a note: the note can stay as a free note. */
export function HighlightDeleteDialog({ onKeepNote, onDeleteNote, onCancel, returnFocus }: HighlightDeleteDialogProps) {
  return (
    <ConfirmDialog label="This highlight has a note" onCancel={onCancel} returnFocus={returnFocus} testId="highlight-delete-dialog">
      <p>This highlight has a note. Keep the note in the notebook, or delete it too?</p>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepNote}>
          Keep note
        </button>
        <button type="button" className="danger-button" onClick={onDeleteNote}>
          Delete note too
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ConfirmDialog>
  );
}
