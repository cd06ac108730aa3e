interface HighlightDeleteDialogProps {
  onKeepNote: () => void;
  onDeleteNote: () => void;
  onCancel: () => void;
}

/** Asked before deleting a highlight that has a note: the note can stay as a free note. */
export function HighlightDeleteDialog({ onKeepNote, onDeleteNote, onCancel }: HighlightDeleteDialogProps) {
  return (
    <div className="confirm toast-dialog" role="alertdialog" aria-label="This highlight has a note">
      <p>This highlight has a note. Keep the note in the notebook, or delete it too?</p>
      <div className="details-row">
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
    </div>
  );
}
