import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { VList, type VListHandle } from 'virtua';
import type { LibraryEntry } from '../../core/library/library-entry';
import type { DocumentCounts } from '../../data/use-document-counts';

interface LibraryListProps {
  entries: LibraryEntry[];
  counts: Map<string, DocumentCounts> | undefined;
  openId: string | null;
  onOpen: (docId: string) => void;
}

const NAV_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  PageDown: (i, n) => Math.min(n - 1, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

// Rows drawn beyond the visible ones: scrolling and arrow keys never meet a blank row.
const BUFFER_PX = 900;
// The rows' height in LibraryPanel.css: with the exact size the list never corrects its layout,
// which would move rows under a pointer about to click.
const ROW_PX = 94;

/** The publication date in the interface's language, digits and calendar; a date no calendar can hold, as stored. */
function publishedLabel(intl: IntlShape, publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const date = new Date(publishedAt);
  return Number.isNaN(date.getTime()) ? publishedAt : intl.formatDate(date, { dateStyle: 'medium' });
}

/**
 * The documents, virtualised: only the rows near the view are in the DOM, so thousands scroll
 * smoothly. Arrow keys, Page Up/Down, Home and End move between them; Enter or Space opens one.
 */
export function LibraryList({ entries, counts, openId, onOpen }: LibraryListProps) {
  const intl = useIntl();
  const listRef = useRef<VListHandle>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const openIndex = entries.findIndex((e) => e.id === openId);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // Set only by the arrow keys: a click focuses its row itself, and moving focus again would scroll
  // the list under the pointer.
  const keyboardTarget = useRef<number | null>(null);
  const tabIndexOf = (index: number) => (index === Math.max(0, focusIndex ?? openIndex) ? 0 : -1);

  // Focus follows the keyboard once the row has been rendered (it may have been scrolled in just now).
  useEffect(() => {
    const target = keyboardTarget.current;
    if (target === null || target !== focusIndex) return;
    const frame = requestAnimationFrame(() => {
      keyboardTarget.current = null;
      containerRef.current?.querySelector<HTMLElement>(`button[data-index="${target}"]`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusIndex]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = NAV_KEYS[event.key];
    if (!move || entries.length === 0) return;
    event.preventDefault();
    // A key pressed before the last one's focus landed moves on from where that one was going.
    const current = keyboardTarget.current ?? Number((document.activeElement as HTMLElement | null)?.dataset['index'] ?? focusIndex ?? Math.max(0, openIndex));
    const next = move(current, entries.length);
    listRef.current?.scrollToIndex(next, { align: 'nearest' });
    // A row already drawn takes focus now, so Enter right after an arrow opens that row; a row far
    // away is focused once the list has drawn it.
    const row = containerRef.current?.querySelector<HTMLElement>(`button[data-index="${next}"]`);
    row?.focus({ preventScroll: true });
    keyboardTarget.current = row ? null : next;
    setFocusIndex(next);
  }

  return (
    <div ref={containerRef} className="library-list-frame" onKeyDown={onKeyDown}>
      <VList ref={listRef} data={entries} bufferSize={BUFFER_PX} itemSize={ROW_PX} className="library-list" data-testid="library" aria-label={intl.formatMessage({ id: 'library.documents' })}>
        {(entry, index) => (
          <div key={entry.id} className="library-row">
            <button
              type="button"
              className="library-item"
              data-testid="library-item"
              data-doc-id={entry.id}
              data-index={index}
              aria-current={entry.id === openId ? 'page' : undefined}
              tabIndex={tabIndexOf(index)}
              onFocus={() => setFocusIndex(index)}
              onClick={() => onOpen(entry.id)}
            >
              <span className="library-item-title" dir="auto">
                {entry.title}
              </span>
              <span className="library-item-meta">
                <span>
                  <FormattedMessage id="count.words" values={{ count: entry.wordCount }} />
                </span>
                <DocumentCountLabels counts={counts?.get(entry.id)} />
                {publishedLabel(intl, entry.publishedAt) && <span>{publishedLabel(intl, entry.publishedAt)}</span>}
                {/* Last, and cut short when long: the counts always stay visible on the one line. */}
                {entry.source && (
                  <bdi dir="auto" className="library-item-source">
                    {entry.source}
                  </bdi>
                )}
              </span>
            </button>
          </div>
        )}
      </VList>
    </div>
  );
}

function DocumentCountLabels({ counts }: { counts: DocumentCounts | undefined }) {
  if (!counts) return null;
  return (
    <>
      {counts.highlights > 0 && (
        <span className="library-count">
          <FormattedMessage id="count.highlights" values={{ count: counts.highlights }} />
        </span>
      )}
      {counts.notes > 0 && (
        <span className="library-count">
          <FormattedMessage id="count.notes" values={{ count: counts.notes }} />
        </span>
      )}
    </>
  );
}
