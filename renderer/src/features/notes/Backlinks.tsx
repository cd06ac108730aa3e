import type { NoteLinkSummary } from '../../data/use-notes';
import { useNoteNavigation } from './note-navigation';

/** The notes that link here; choosing one opens it. */
export function Backlinks({ links, label }: { links: NoteLinkSummary[] | undefined; label: string }) {
  const { openNote } = useNoteNavigation();
  return (
    <section className="backlinks" aria-label={label}>
      <h3 className="panel-heading">
        {label} <span className="count">{links?.length ?? ''}</span>
      </h3>
      <ul data-testid="backlinks" className="backlink-list">
        {links?.map((link) => (
          <li key={link.id}>
            <button type="button" data-testid="backlink-item" data-note-id={link.id} className="backlink-item" dir="auto" onClick={() => openNote(link.id)}>
              {link.title || 'Untitled note'}
            </button>
          </li>
        ))}
      </ul>
      {links?.length === 0 && <p className="empty-hint">No note links here yet.</p>}
    </section>
  );
}
