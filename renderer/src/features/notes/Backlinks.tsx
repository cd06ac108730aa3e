import { FormattedMessage, useIntl } from 'react-intl';
import type { Backlink } from '../../core/notes/backlinks';
import { useNoteNavigation } from './note-navigation';
import './Backlinks.css';


/**
 * The notes that link here, counted as everywhere else (see mergeBacklinks), each saying how it
 * links; choosing one opens it.
 */
export function Backlinks({ links, label }: { links: Backlink[] | undefined; label: string }) {
  const intl = useIntl();
  const { openNote } = useNoteNavigation();
  return (
    <section className="backlinks" aria-label={label}>
      <h3 className="panel-heading">
        {label} <span className="count">{links ? intl.formatNumber(links.length) : ''}</span>
      </h3>
      <ul data-testid="backlinks" className="backlink-list">
        {links?.map((link) => (
          <li key={link.id}>
            <button type="button" data-testid="backlink-item" data-note-id={link.id} data-via={link.via.join(' ')} className="backlink-item" dir="auto" onClick={() => openNote(link.id)}>
              {link.title || intl.formatMessage({ id: 'notes.untitled' })}
            </button>
            <span className="backlink-via">{link.via.map((kind) => intl.formatMessage({ id: `notes.via.${kind}` })).join(intl.formatMessage({ id: 'common.listSeparator' }))}</span>
          </li>
        ))}
      </ul>
      {links?.length === 0 && (
        <p className="empty-hint">
          <FormattedMessage id="notes.noBacklinks" />
        </p>
      )}
    </section>
  );
}
