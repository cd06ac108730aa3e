import { FormattedMessage, useIntl } from 'react-intl';
import type { Backlink } from '../../core/notes/backlinks';
import { firstOf, focusWhenLost } from '../layout/focus-when-lost';
import { useNoteNavigation } from './note-navigation';
import './Backlinks.css';


function openFrom(openNote: (id: string) => void, id: string): void {
  openNote(id);
  // The list goes with the note it belonged to: focus goes to the opened note's entry in the notebook (or its title).
  const note = CSS.escape(id);
  focusWhenLost(() => firstOf(`[data-testid="note-item"][data-note-id="${note}"]`, `.note-pane[data-note-id="${note}"] .note-title`));
}

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
            <button type="button" data-testid="backlink-item" data-note-id={link.id} data-via={link.via.join(' ')} className="backlink-item" dir="auto" onClick={() => openFrom(openNote, link.id)}>
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
