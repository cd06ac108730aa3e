import { memo, useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { Highlight } from '../../core/highlights/highlight-types';
import { listPreview } from '../../core/highlights/list-preview';
import type { AnchoredHighlight, ResolvedHighlights } from '../../core/highlights/resolve-highlights';
import { PASSAGE_DRAG_TYPE } from '../notes/InsertPassagePlugin';
import { listRuns, sameEntries, sameListedHighlight } from './list-runs';
import { useAfterPaint } from './use-after-paint';
import './HighlightsPanel.css';

interface HighlightsPanelProps {
  document: CorpusDocument;
  resolved: ResolvedHighlights | undefined;
  selectedId: string | null;
  /** Highlights that have a note on them. */
  notedIds: ReadonlySet<string>;
  /** `byKeyboard`: chosen with Enter or Space, so focus should follow into its details. */
  onChoose: (id: string, byKeyboard: boolean) => void;
  onDeleteOrphan: (highlight: Highlight) => void;
}

// Entries drawn with the document; the rest follow a batch per task, so a long book's list of
// thousands never holds up its text's first paint or a click made meanwhile.
const FIRST_ENTRIES = 60;
const MORE_ENTRIES = 200;

/** How many of `total` entries to draw now: a first batch, then one more batch per task until all are. */
function useEntriesShown(total: number): number {
  const [shown, setShown] = useState(FIRST_ENTRIES);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + MORE_ENTRIES), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}

/** The open document's highlights in reading order, then those whose passage is gone. */
export function HighlightsPanel({ document, resolved: resolvedNow, selectedId, notedIds, onChoose, onDeleteOrphan }: HighlightsPanelProps) {
  // A change reaches the list a frame after the text: laying out a long book's list again takes
  // longer than the frame the colour click is drawn in.
  const resolved = useAfterPaint(resolvedNow);
  const shown = useEntriesShown(resolved?.anchored.length ?? 0);
  // Kept while the list's own inputs stay: the workspace redraws on every change (a colour click),
  // and comparing a long book's runs entry by entry each time is work that frame need not do.
  const entries = useMemo(() => {
    const anchored = resolved?.anchored ?? [];
    return listRuns(shown < anchored.length ? anchored.slice(0, shown) : anchored).map((run) => (
      <HighlightRun
        key={run.key}
        entries={run.entries}
        text={document.text}
        // Only the run holding the selected highlight hears of it, so selecting redraws one run.
        selectedId={selectedId !== null && run.entries.some((e) => e.highlight.id === selectedId) ? selectedId : null}
        notedIds={notedIds}
        onChoose={onChoose}
      />
    ));
  }, [resolved, shown, document.text, selectedId, notedIds, onChoose]);
  if (!resolved)
    return (
      <p className="status">
        <FormattedMessage id="highlights.loading" />
      </p>
    );
  const { anchored, orphans } = resolved;
  return (
    <>
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading" className="panel-heading" tabIndex={-1}>
          <FormattedMessage id="highlights.heading" /> <span className="count">
            <FormattedMessage id="common.count" values={{ count: anchored.length }} />
          </span>
        </h2>
        <ol data-testid="highlights-panel" className="highlight-list">
          {entries}
        </ol>
        {anchored.length === 0 && (
          <p className="empty-hint">
            <FormattedMessage id="highlights.empty" />
          </p>
        )}
      </section>
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="orphans-section">
          <h2 id="orphans-heading" className="panel-heading">
            <FormattedMessage id="highlights.orphans.heading" /> <span className="count">
              <FormattedMessage id="common.count" values={{ count: orphans.length }} />
            </span>
          </h2>
          <p className="empty-hint">
            <FormattedMessage id="highlights.orphans.explanation" values={{ count: orphans.length }} />
          </p>
          <ul data-testid="orphans" className="highlight-list">
            {orphans.map((highlight) => (
              <li key={highlight.id} data-testid="orphan-item" data-highlight-id={highlight.id} className="orphan-item">
                <blockquote dir="rtl" lang="ar">
                  {highlight.selectors.quote.exact}
                </blockquote>
                <button type="button" className="quiet-button" onClick={() => onDeleteOrphan(highlight)}>
                  <FormattedMessage id="common.delete" />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface HighlightRunProps {
  entries: AnchoredHighlight[];
  /** The document's text. */
  text: string;
  selectedId: string | null;
  notedIds: ReadonlySet<string>;
  onChoose: (id: string, byKeyboard: boolean) => void;
}

/** The list entries of one stretch of text (see list-runs); redrawn only when one of them changes. */
const HighlightRun = memo(
  function HighlightRun({ entries, text, selectedId, notedIds, onChoose }: HighlightRunProps) {
    return entries.map(({ highlight, start, end }) => (
      <HighlightItem
        key={highlight.id}
        highlight={highlight}
        text={text.slice(start, end)}
        selected={highlight.id === selectedId}
        hasNote={notedIds.has(highlight.id)}
        onChoose={onChoose}
      />
    ));
  },
  (a, b) => a.text === b.text && a.selectedId === b.selectedId && a.notedIds === b.notedIds && a.onChoose === b.onChoose && sameEntries(a.entries, b.entries),
);

interface HighlightItemProps {
  highlight: Highlight;
  text: string;
  selected: boolean;
  hasNote: boolean;
  onChoose: (id: string, byKeyboard: boolean) => void;
}

/** Memoised on what it shows: a document may have thousands of highlights, and adding one must not redraw them all. */
const HighlightItem = memo(function HighlightItem({ highlight, text, selected, hasNote, onChoose }: HighlightItemProps) {
  const intl = useIntl();
  return (
    <li>
      <button
        type="button"
        data-testid="highlight-item"
        data-highlight-id={highlight.id}
        className={`highlight-item${selected ? ' selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        // A click from the keyboard has no pointer detail (0).
        onClick={(event) => onChoose(highlight.id, event.detail === 0)}
        // Dropped on a note, the highlight becomes a link to its passage.
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(PASSAGE_DRAG_TYPE, JSON.stringify({ highlightId: highlight.id, docId: highlight.docId, quote: text }));
          event.dataTransfer.setData('text/plain', text);
        }}
      >
        <span className={`swatch-dot color-${highlight.color} style-${highlight.style}`} aria-hidden="true" />
        <span className="highlight-text" dir="rtl" lang="ar">
          {listPreview(text)}
        </span>
        {hasNote && (
          <span className="note-marker-inline" data-testid="note-marker" role="img" aria-label={intl.formatMessage({ id: 'highlights.hasNote' })}>
            {intl.formatMessage({ id: 'highlights.noteMarker' })}
          </span>
        )}
        {highlight.tags.length > 0 && (
          <span className="highlight-tags" dir="auto">
            {highlight.tags.join(' · ')}
          </span>
        )}
      </button>
    </li>
  );
},
(a, b) => a.text === b.text && a.selected === b.selected && a.hasNote === b.hasNote && a.onChoose === b.onChoose && sameListedHighlight(a.highlight, b.highlight));
