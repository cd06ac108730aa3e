import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import { currentEntryIndex, offsetOfPosition, tableOfContents, type TocEntry } from '../../core/library/table-of-contents';
import type { ReadingPosition } from '../../data/db';
import './TableOfContents.css';

interface TableOfContentsProps {
  document: CorpusDocument;
  /** Where the reader is (the stored reading position, kept up to date as the reader scrolls). */
  position: ReadingPosition | null;
  onChoose: (entry: TocEntry) => void;
  /** Non-zero when the keyboard shortcut asks for focus: the current entry (or the first) takes it, then `onFocusTaken` is called. */
  focusRequest: number;
  onFocusTaken: () => void;
}

/**
 * The open document's table of contents: its own navigation (an EPUB's) or its headings, nested
 * by level, the section being read marked. One entry is in the tab order (the current one); the
 * arrow keys, Home and End move between entries and Enter jumps to one.
 */
export function TableOfContents({ document, position, onChoose, focusRequest, onFocusTaken }: TableOfContentsProps) {
  const intl = useIntl();
  const entries = useMemo(() => tableOfContents(document), [document]);
  const current = position ? currentEntryIndex(entries, offsetOfPosition(document.blocks, position)) : -1;
  const listRef = useRef<HTMLOListElement>(null);
  const items = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid="toc-item"]') ?? [])];

  useEffect(() => {
    if (focusRequest === 0) return;
    const all = items();
    const target = all[Math.max(0, current)] ?? null;
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
    onFocusTaken();
    // Only a request moves focus; the reader scrolling on (a new current entry) must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const all = items();
    const at = all.indexOf(event.target as HTMLButtonElement);
    if (at === -1) return;
    const next = event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    all[Math.min(all.length - 1, Math.max(0, next))]?.focus();
  };

  return (
    <nav className="toc" data-testid="toc" aria-label={intl.formatMessage({ id: 'toc.label' })}>
      {entries.length === 0 ? (
        <p className="toc-empty">
          <FormattedMessage id="toc.empty" />
        </p>
      ) : (
        <ol className="toc-list" ref={listRef} onKeyDown={onKeyDown}>
          {entries.map((entry, index) => (
            <li key={`${index}:${entry.offset}`} style={{ '--toc-level': Math.min(entry.level, 6) - 1 } as CSSProperties}>
              <button
                type="button"
                className="toc-item"
                data-testid="toc-item"
                data-offset={entry.offset}
                tabIndex={index === Math.max(0, current) ? 0 : -1}
                aria-current={index === current ? 'location' : undefined}
                onClick={() => onChoose(entry)}
              >
                <span dir="auto">{entry.title}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
