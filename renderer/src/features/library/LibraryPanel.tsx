import { useRef, type KeyboardEvent } from 'react';
import type { CorpusEntry } from '../../core/corpus/corpus-types';
import type { DocumentStateRow } from '../../data/db';
import type { DocumentCounts } from '../../data/use-document-counts';
import { formatCount } from './format-count';

interface LibraryPanelProps {
  entries: CorpusEntry[];
  states: Map<string, DocumentStateRow> | undefined;
  counts: Map<string, DocumentCounts> | undefined;
  openId: string | null;
  onOpen: (docId: string) => void;
}

const NAV_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** The list of documents: arrow keys move between them, Enter or Space opens one. */
export function LibraryPanel({ entries, states, counts, openId, onOpen }: LibraryPanelProps) {
  const listRef = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const move = NAV_KEYS[event.key];
    if (!move || !listRef.current) return;
    const buttons = [...listRef.current.querySelectorAll<HTMLButtonElement>('[data-testid="library-item"]')];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    event.preventDefault();
    buttons[move(Math.max(0, current), buttons.length)]?.focus();
  }

  return (
    <nav className="library" aria-label="Library">
      <h2 className="panel-heading">Library</h2>
      <ul data-testid="library" className="library-list" ref={listRef} onKeyDown={onKeyDown}>
        {entries.map((entry) =>
          entry.ok ? (
            <li key={entry.document.id}>
              <button
                type="button"
                className="library-item"
                data-testid="library-item"
                data-doc-id={entry.document.id}
                aria-current={entry.document.id === openId ? 'page' : undefined}
                tabIndex={entry.document.id === (openId ?? firstOkId(entries)) ? 0 : -1}
                onClick={() => onOpen(entry.document.id)}
              >
                <span className="library-item-title" dir="rtl" lang="ar">
                  {states?.get(entry.document.id)?.customTitle ?? entry.document.title}
                </span>
                <span className="library-item-meta">
                  {entry.document.source && (
                    <span dir="rtl" lang="ar">
                      {entry.document.source}
                    </span>
                  )}
                  <span>{formatCount(entry.document.wordCount, 'word')}</span>
                  <DocumentCountLabels counts={counts?.get(entry.document.id)} />
                </span>
              </button>
            </li>
          ) : (
            <li key={entry.error.id} className="library-error" data-testid="error" role="alert">
              <strong>{entry.error.fileName}</strong>
              <span>{entry.error.message}</span>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function firstOkId(entries: CorpusEntry[]): string | null {
  for (const entry of entries) if (entry.ok) return entry.document.id;
  return null;
}

function DocumentCountLabels({ counts }: { counts: DocumentCounts | undefined }) {
  if (!counts) return null;
  return (
    <>
      {counts.highlights > 0 && <span className="library-count">{formatCount(counts.highlights, 'highlight')}</span>}
      {counts.notes > 0 && <span className="library-count">{formatCount(counts.notes, 'note')}</span>}
    </>
  );
}
