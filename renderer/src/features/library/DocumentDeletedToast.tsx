import { FormattedMessage } from 'react-intl';
import { useDismissTimer } from '../layout/use-dismiss-timer';
import { db } from '../../data/db';
import { restoreDeletedDocuments, type DeletedDocuments } from '../../data/document-delete';

const VISIBLE_MS = 10_000;

/** "Document deleted · Undo": puts back the document, its original, highlights and notes. */
export function DocumentDeletedToast({ deleted, onUndone, onDismiss }: { deleted: DeletedDocuments; onUndone: (docId: string) => void; onDismiss: () => void }) {
  const toast = useDismissTimer<HTMLDivElement>(VISIBLE_MS, onDismiss, deleted);
  const title = deleted.documents[0]?.title ?? '';
  return (
    <div ref={toast} className="toast" role="status">
      <span>
        <FormattedMessage id="library.deleted" values={{ title: <bdi>{title}</bdi> }} />
      </span>
      <button
        type="button"
        onClick={() =>
          void restoreDeletedDocuments(db, deleted).then(() => {
            if (deleted.docIds[0]) onUndone(deleted.docIds[0]);
            onDismiss();
          })
        }
      >
        <FormattedMessage id="common.undo" />
      </button>
    </div>
  );
}
