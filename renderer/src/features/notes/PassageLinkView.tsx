import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage } from 'react-intl';
import { db } from '../../data/db';
import { useNoteNavigation } from './note-navigation';

interface PassageLinkViewProps {
  highlightId: string;
  docId: string;
  quote: string;
}

/**
 * A link to a highlighted passage: the quote, and a button that opens the document at it. The
 * stored quote is shown even when the highlight is gone or no longer found in the text.
 */
export function PassageLinkView({ highlightId, docId, quote }: PassageLinkViewProps) {
  const highlight = useLiveQuery(async () => (await db.highlights.get(highlightId)) ?? null, [highlightId]);
  const { openPassage, passageFound } = useNoteNavigation();
  const gone = highlight === null;
  const orphaned = highlight ? passageFound(highlight) === false : false;
  return (
    <span className={`passage-link${gone || orphaned ? ' broken' : ''}`} data-passage-link={highlightId}>
      <span className="passage-quote" dir="rtl" lang="ar">
        {highlight?.selectors.quote.exact ?? quote}
      </span>
      {orphaned && (
        <span className="link-state">
          <FormattedMessage id="notes.passage.orphaned" />
        </span>
      )}
      {gone ? (
        <span className="link-state">
          <FormattedMessage id="notes.passage.deleted" />
        </span>
      ) : (
        <button type="button" className="quiet-button passage-open" onClick={() => openPassage(highlightId, highlight?.docId ?? docId)}>
          <FormattedMessage id="notes.passage.go" />
        </button>
      )}
    </span>
  );
}
