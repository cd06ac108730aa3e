import type { Backlink } from '../../core/notes/backlinks';
import { useNoteNavigation } from './note-navigation';
import './Backlinks.css';

const VIA: Record<Backlink['via'][number], string> = { passage: 'quotes the passage', note: 'links to the note' };

/**
 * The notes that link here, counted as everywhere else (see mergeBacklinks), each saying how it
 * links; choosing one opens it.
 */
export function Backlinks({ links, label }: { links: Backlink[] | undefined; label: string }) {
  const { openNote } = useNoteNavigation();
  return (
    <section className="backlinks" aria-label={label}>
      <h3 className="panel-heading">
        {label} <span className="count">{links?.length ?? ''}</span>
      </h3>
      <ul data-testid="backlinks" className="backlink-list">
        {links?.map((link) => (
          <li key={link.id}>
            <button type="button" data-testid="backlink-item" data-note-id={link.id} data-via={link.via.join(' ')} className="backlink-item" dir="auto" onClick={() => openNote(link.id)}>
              {link.title || 'Untitled note'}
            </button>
            <span className="backlink-via">{link.via.map((kind) => VIA[kind]).join(', ')}</span>
          </li>
        ))}
      </ul>
      {links?.length === 0 && <p className="empty-hint">No note links here yet.</p>}
    </section>
  );
}
