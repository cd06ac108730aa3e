import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { countResults, search, searchableQuery, type SearchIndex } from '../../core/search/search-corpus';
import { isEditable } from '../../use-document-keys';
import type { FocusRange } from '../workspace/side-panel-state';
import { optionId, SearchResultList, searchOptions, type SearchOption } from './SearchResultList';

/** Typing settles for this long before the corpus is searched. */
const DEBOUNCE_MS = 150;
/** Matches listed per document; the rest are counted. */
const LIMIT_PER_DOCUMENT = 50;
const LIST_ID = 'search-results';

function summaryOf(matches: number, documents: number): string {
  if (matches === 0) return 'No matches';
  const m = matches === 1 ? '1 match' : `${matches} matches`;
  return `${m} in ${documents === 1 ? '1 document' : `${documents} documents`}`;
}

/**
 * The corpus search field in the app bar and its results. Ctrl/⌘+K or "/" focuses it;
 * ↑/↓ move through the results, Enter opens one, Escape closes the list (again: clears it).
 */
export function SearchBox({ index, onChoose, onActivate }: { index: SearchIndex; onChoose: (range: FocusRange) => void; onActivate?: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const results = useMemo(() => search(index, query, { limit: LIMIT_PER_DOCUMENT }), [index, query]);
  const options = useMemo(() => searchOptions(results), [results]);
  const searchable = searchableQuery(query) !== null;
  const shown = open && searchable;
  const listShown = shown && options.length > 0;
  const { matches, documents } = countResults(results);
  const summary = searchable ? summaryOf(matches, documents) : '';

  useEffect(() => {
    if (value === query) return;
    const timer = setTimeout(() => {
      setQuery(value);
      setActive(-1);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, query]);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (isEditable(event.target) || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      if ((mod && event.key.toLowerCase() === 'k') || (!mod && event.key === '/')) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (active >= 0) window.document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // Each time the list opens, no option is active until an arrow key picks one.
  const close = useCallback(() => {
    setOpen(false);
    setActive(-1);
  }, []);

  const choose = useCallback(
    (option: SearchOption) => {
      close();
      onChoose({ docId: option.docId, start: option.match.start, end: option.match.end });
    },
    [onChoose, close],
  );

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step > 0 ? 0 : options.length - 1) : Math.min(options.length - 1, Math.max(0, current + step))));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the pause ends searches what was typed, not the last settled query.
      const list = value === query ? options : searchOptions(search(index, value, { limit: 1 }));
      const option = list[value === query && active >= 0 ? active : 0];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus(); // from the list, back to the field
      if (shown) close();
      else setValue('');
    }
  }

  return (
    <div className="search-box" onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && close()}>
      <input
        ref={inputRef}
        type="search"
        data-testid="search-input"
        aria-label="Search the library"
        dir="auto"
        placeholder="Search…"
        aria-keyshortcuts="Control+K Meta+K /"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={listShown}
        aria-controls={listShown ? LIST_ID : undefined}
        aria-activedescendant={listShown && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
          // The imported documents are indexed the first time the field is used.
          onActivate?.();
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {/* Always present, so a screen reader announces each new count. */}
      <p className="visually-hidden" role="status">
        {shown ? summary : ''}
      </p>
      {shown && (
        <div className="search-popover">
          <p className="search-summary" aria-hidden="true">
            {matches === 0 ? (
              <>
                No matches for “<bdi>{query.trim()}</bdi>”
              </>
            ) : (
              summary
            )}
          </p>
          {listShown && <SearchResultList id={LIST_ID} results={results} active={active} onChoose={choose} onKeyDown={onKeyDown} />}
        </div>
      )}
    </div>
  );
}
