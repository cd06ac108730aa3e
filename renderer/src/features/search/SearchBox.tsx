import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useShortcut } from '../../i18n/key-labels';
import type { CollectionRow } from '../../core/library/library-types';
import type { ItemKind } from '../../core/search/research-items';
import { NO_FILTERS, type IndexStatus, type ResultHit, type SearchFilters as Filters } from './search-messages';
import { SearchFilters } from './SearchFilters';
import { resultGroups, resultOptions } from './result-list';
import { optionId, SearchResultList } from './SearchResultList';
import { useSearchState, type ResearchSearch } from './use-research-search';
import { useSearchShortcut } from './use-search-shortcut';
import './SearchBox.css';

const LIST_ID = 'search-results';

const sameFilters = (a: Filters, b: Filters): boolean => a.kind === b.kind && a.collectionId === b.collectionId && a.tag === b.tag && a.color === b.color;
const sameKinds = (a: readonly ItemKind[], b: readonly ItemKind[]): boolean => a.length === b.length && a.every((kind) => b.includes(kind));
/** No kind listed in full: each group shows its first page. */
const FIRST_PAGES: readonly ItemKind[] = [];

/** The counts per kind as one phrase ("4 documents and 1 note"); null when nothing matched. */
function summaryOf(intl: IntlShape, counts: Record<ItemKind, number>): string | null {
  const parts = [
    counts.document > 0 ? intl.formatMessage({ id: 'search.count.documents' }, { count: counts.document }) : '',
    counts.highlight > 0 ? intl.formatMessage({ id: 'count.highlights' }, { count: counts.highlight }) : '',
    counts.note > 0 ? intl.formatMessage({ id: 'count.notes' }, { count: counts.note }) : '',
  ].filter(Boolean);
  return parts.length === 0 ? null : intl.formatList(parts, { type: 'conjunction' });
}

const PROGRESS_MESSAGES = { 'none-saved': 'search.progress.none-saved', outdated: 'search.progress.outdated', damaged: 'search.progress.damaged' } as const;

/** The index being built: a bar and how far it is, under the field, while it lasts. */
function IndexProgress({ status }: { status: IndexStatus }) {
  const intl = useIntl();
  if (status.state !== 'building') return null;
  const progress = status.total === 0 ? 1 : Math.floor((status.done / status.total) * 100) / 100;
  return (
    <div className="search-progress" data-testid="search-progress">
      <progress max={1} value={progress} aria-label={intl.formatMessage({ id: 'search.progress.name' })} />
      <span>
        <FormattedMessage id={PROGRESS_MESSAGES[status.reason]} values={{ progress }} />
      </span>
    </div>
  );
}

interface SearchBoxProps {
  search: ResearchSearch;
  collections: readonly CollectionRow[];
  onOpen: (hit: ResultHit) => void;
}

/**
 * The one search field over documents, highlights and notes, and its results. Ctrl/⌘+K or "/"
 * focuses it; ↑/↓ move through the results and each group's "Show all", Enter opens one (or
 * shows all of that group), Escape closes the list (again: clears it). Each keystroke is sent
 * to the search worker at once; only the latest answer shows, and only this box is drawn again.
 */
export const SearchBox = memo(function SearchBox({ search, collections, onOpen }: SearchBoxProps) {
  const intl = useIntl();
  const searchShortcut = useShortcut({ primary: true, code: 'KeyK' });
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The kinds whose "Show all" was chosen for this query.
  const [full, setFull] = useState(FIRST_PAGES);
  useSearchShortcut(inputRef);

  const { status, answer, tags } = useSearchState(search);
  const send = search.search;
  const searchable = value.trim() !== '' || filters.tag !== null;
  // A keystroke's query is sent from the input event itself, so the worker searches while this
  // box is drawn; the effect sends what other changes ask (filters, "Show all"), never the same twice.
  const sentRef = useRef<string | null>(null);
  const sendOnce = useCallback(
    (query: string, queryFilters: Filters, queryFull: readonly ItemKind[]): number | null => {
      const key = JSON.stringify([query, queryFilters, queryFull]);
      if (sentRef.current === key) return null;
      sentRef.current = key;
      return send(query, queryFilters, queryFull);
    },
    [send],
  );
  // The first query typed into an emptied field: answers to queries before it are not listed, so
  // a new search does not open on the last one's results (drawn, then replaced a moment later).
  const [listFrom, setListFrom] = useState(0);
  useEffect(() => {
    if (searchable) sendOnce(value, filters, full);
    else sentRef.current = null;
  }, [value, filters, full, searchable, sendOnce]);

  const fresh = answer !== null && answer.query === value && sameFilters(answer.filters, filters) && sameKinds(answer.full, full);
  const results = searchable && answer && (fresh || answer.seq >= listFrom) ? answer.results : null;
  // Listed as the answer shown asks (its own kinds in full), so a "Show all" stays where it is until its answer comes.
  const answeredFull = answer?.full ?? FIRST_PAGES;
  const groups = useMemo(() => (results ? resultGroups(results, filters.kind, answeredFull) : []), [results, filters.kind, answeredFull]);
  const options = useMemo(() => resultOptions(groups), [groups]);
  const shown = open && searchable;
  const listShown = shown && options.length > 0;
  const counted = results && fresh ? summaryOf(intl, results.counts) : null;
  const summary = results && fresh ? (counted ?? intl.formatMessage({ id: 'search.summary.noMatches' })) : '';
  const noMatches = results !== null && fresh && counted === null;
  // The kind buttons count the results listed: while the answer to a keystroke is on its way, the
  // list and its counts stay as they are (the counts are not taken away and put back each keystroke).
  const shownCounts = results && answer && (fresh || sameFilters(answer.filters, filters)) ? results.counts : null;

  useEffect(() => {
    if (active >= 0) window.document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = useCallback(() => {
    setOpen(false);
    setActive(-1);
  }, []);

  const choose = useCallback(
    (hit: ResultHit) => {
      close();
      onOpen(hit);
    },
    [onOpen, close],
  );

  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setFull(FIRST_PAGES);
    setActive(-1);
  }, []);

  // The active option stays where it is: once the answer comes, it is the group's next result.
  const showAll = useCallback((kind: ItemKind) => {
    setFull((current) => (current.includes(kind) ? current : [...current, kind]));
    setOpen(true);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step > 0 ? 0 : options.length - 1) : Math.min(options.length - 1, Math.max(0, current + step))));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = active >= 0 ? options[active] : fresh ? options[0] : undefined;
      if (option?.type === 'all') showAll(option.kind);
      else if (fresh && option) choose(option.hit);
      // Enter before the answer to what was typed: its first result opens when the answer comes.
      else if (!fresh && searchable) {
        const kind = filters.kind;
        send(value, filters, full, (answered) => {
          const first = resultOptions(resultGroups(answered, kind, full)).find((o) => o.type === 'hit');
          if (first) choose(first.hit);
        });
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus(); // from the list, back to the field
      if (shown) close();
      else setValue('');
    }
  }

  // The list gets one function for the box's life, so a keystroke's render (a new `onKeyDown`)
  // does not draw the list again while its answer is the same.
  const keyDownRef = useRef(onKeyDown);
  useLayoutEffect(() => {
    keyDownRef.current = onKeyDown;
  });
  const listKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => keyDownRef.current(event), []);

  return (
    <div
      className="search-box"
      // loading | building | ready | failed: for tests and benchmarks to wait on.
      data-index-state={status.state}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && close()}
      onKeyDown={(event) => {
        // Escape in a filter closes the list too, and puts focus back in the field.
        if (event.key === 'Escape' && !event.defaultPrevented) onKeyDown(event);
      }}
    >
      <input
        ref={inputRef}
        type="search"
        data-testid="search-input"
        aria-label={intl.formatMessage({ id: 'search.input.label' })}
        dir="auto"
        placeholder={intl.formatMessage({ id: 'search.input.placeholder' })}
        aria-keyshortcuts={`${searchShortcut.aria} /`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listShown ? LIST_ID : undefined}
        aria-activedescendant={listShown && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          const typed = event.target.value;
          if (typed.trim() !== '' || filters.tag !== null) {
            const seq = sendOnce(typed, filters, FIRST_PAGES);
            if (!searchable && seq !== null) setListFrom(seq);
          }
          setValue(typed);
          setFull(FIRST_PAGES);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <IndexProgress status={status} />
      {/* Always present, so a screen reader announces each new count. */}
      <p className="visually-hidden" role="status">
        {shown ? summary : ''}
      </p>
      {shown && (
        <div className="search-popover" data-testid="search-popover">
          <SearchFilters filters={filters} onChange={changeFilters} counts={shownCounts} collections={collections} tags={tags} />
          <p className="search-summary" aria-hidden="true">
            {status.state === 'failed' ? (
              <FormattedMessage id="search.summary.failed" values={{ message: status.message }} />
            ) : !results ? (
              <FormattedMessage id={status.state === 'ready' ? 'search.summary.searching' : 'search.summary.preparing'} />
            ) : noMatches ? (
              <FormattedMessage id="search.summary.noMatchesFor" values={{ query: <bdi>{value.trim()}</bdi> }} />
            ) : (
              summary || <FormattedMessage id="search.summary.searching" />
            )}
          </p>
          {listShown && <SearchResultList id={LIST_ID} groups={groups} active={active} onChoose={choose} onShowAll={showAll} onKeyDown={listKeyDown} />}
        </div>
      )}
    </div>
  );
});
