import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  return (
    <ConfirmDialog label={intl.formatMessage({ id: 'workspace.deleteHighlight.label' })} onCancel={onCancel} returnFocus={returnFocus} testId="highlight-delete-dialog">
      <p>
        <FormattedMessage id="workspace.deleteHighlight.question" />
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepNote}>
          <FormattedMessage id="workspace.deleteHighlight.keep" />
        </button>
        <button type="button" className="danger-button" onClick={onDeleteNote}>
          <FormattedMessage id="workspace.deleteHighlight.deleteToo" />
        </button>
        <button type="button" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </ConfirmDialog>
  );
}
