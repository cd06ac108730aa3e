import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CorpusLoadError } from '../../core/corpus/corpus-types';
import type { LibraryEntry } from '../../core/library/library-entry';
import { facetCounts, LIBRARY_SORTS, queryLibrary, type LibraryQuery, type LibrarySort } from '../../core/library/library-query';
import type { CollectionRow } from '../../core/library/library-types';
import type { DocumentStateRow } from '../../data/db';
import type { DocumentCounts } from '../../data/use-document-counts';
import { FormattedReason } from '../import/FormattedReason';
import { CollectionControls } from './CollectionControls';
import { LibraryList } from './LibraryList';
import './LibraryPanel.css';

interface LibraryPanelProps {
  entries: LibraryEntry[];
  errors: CorpusLoadError[];
  collections: CollectionRow[];
  query: LibraryQuery;
  onQuery: (change: Partial<LibraryQuery>) => void;
  states: Map<string, DocumentStateRow> | undefined;
  counts: Map<string, DocumentCounts> | undefined;
  openId: string | null;
  onOpen: (docId: string) => void;
  /** The entries in the order shown, for Alt+↑/↓. */
  onShown: (entries: LibraryEntry[]) => void;
}

// The filter is stored a moment after typing stops; the list follows every keystroke.
const STORE_FILTER_AFTER_MS = 400;
const MAX_FACETS = 300;

/** The library: filter, sort and collections over every document, bundled and imported. */
export function LibraryPanel({ entries, errors, collections, query, onQuery, states, counts, openId, onOpen, onShown }: LibraryPanelProps) {
  const intl = useIntl();
  const sortLabel = (sort: LibrarySort) => intl.formatMessage({ id: `library.sort.${sort}` });
  const [text, setText] = useState(query.text);
  const [optionsOpen, setOptionsOpen] = useState(false);
  useEffect(() => {
    if (text === query.text) return;
    const timer = setTimeout(() => onQuery({ text }), STORE_FILTER_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text, query.text, onQuery]);

  const openedAt = useMemo(() => new Map([...(states?.values() ?? [])].map((s) => [s.docId, s.openedAt ?? 0])), [states]);
  const shown = useMemo(() => queryLibrary(entries, { ...query, text }, openedAt), [entries, query, text, openedAt]);
  useEffect(() => onShown(shown), [shown, onShown]);
  const tags = useMemo(() => facetCounts(entries, (e) => e.tags).slice(0, MAX_FACETS), [entries]);
  const sources = useMemo(() => facetCounts(entries, (e) => [e.source]).slice(0, MAX_FACETS), [entries]);
  const filtered = shown.length !== entries.length;
  const activeFilters = [query.collectionId, query.tag, query.source].filter((v) => v !== null).length;
  const activeLabel = intl.formatMessage({ id: 'library.options.state' }, { sort: sortLabel(query.sort), filters: activeFilters });

  return (
    <nav className="library" aria-label={intl.formatMessage({ id: 'library.heading' })}>
      <h2 className="panel-heading">
        <FormattedMessage id="library.heading" /> <span className="library-total">
          {filtered ? (
            <FormattedMessage id="library.totalFiltered" values={{ shown: shown.length, total: entries.length }} />
          ) : (
            <FormattedMessage id="library.total" values={{ total: entries.length }} />
          )}
        </span>
      </h2>
      <div className="library-controls">
        <input
          type="search"
          className="library-filter"
          data-testid="library-filter"
          aria-label={intl.formatMessage({ id: 'library.filter.label' })}
          placeholder={intl.formatMessage({ id: 'library.filter.placeholder' })}
          dir="auto"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <details className="library-options" open={optionsOpen} onToggle={(event) => setOptionsOpen(event.currentTarget.open)}>
          <summary>
            <FormattedMessage id="library.options" /> <span className="library-options-state">{activeLabel}</span>
          </summary>
          {/* Drawn only while open: hundreds of tag and source options are not for the closed panel. */}
          {optionsOpen && (
            <>
        <label className="library-select">
          <span>
            <FormattedMessage id="library.sort" />
          </span>
          <select value={query.sort} onChange={(event) => onQuery({ sort: event.target.value as LibrarySort })}>
            {LIBRARY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {sortLabel(sort)}
              </option>
            ))}
          </select>
        </label>
        <CollectionControls collections={collections} selectedId={query.collectionId} onSelect={(collectionId) => onQuery({ collectionId })} />
        <label className="library-select">
          <span>
            <FormattedMessage id="library.tag" />
          </span>
          <select value={query.tag ?? ''} onChange={(event) => onQuery({ tag: event.target.value || null })}>
            <option value="">{intl.formatMessage({ id: 'library.allTags' })}</option>
            {tags.map(([tag, count]) => (
              <option key={tag} value={tag}>
                {intl.formatMessage({ id: 'library.facet' }, { name: tag, count })}
              </option>
            ))}
          </select>
        </label>
        <label className="library-select">
          <span>
            <FormattedMessage id="library.source" />
          </span>
          <select value={query.source ?? ''} onChange={(event) => onQuery({ source: event.target.value || null })}>
            <option value="">{intl.formatMessage({ id: 'library.allSources' })}</option>
            {sources.map(([source, count]) => (
              <option key={source} value={source}>
                {intl.formatMessage({ id: 'library.facet' }, { name: source, count })}
              </option>
            ))}
          </select>
        </label>
            </>
          )}
        </details>
      </div>
      {errors.map((error) => (
        <p key={error.id} className="library-error" data-testid="error" role="alert">
          <strong>
            <bdi>{error.fileName}</bdi>
          </strong>
          <span>
            <FormattedReason reason={error.reason} />
          </span>
        </p>
      ))}
      {shown.length === 0 ? (
        <p className="library-empty">
          <FormattedMessage id={entries.length === 0 ? 'library.empty' : 'library.noMatch'} />
        </p>
      ) : (
        <LibraryList entries={shown} counts={counts} openId={openId} onOpen={onOpen} />
      )}
    </nav>
  );
}
