import { memo, type KeyboardEvent } from 'react';
import type { DocumentResult, SearchMatch } from '../../core/search/search-corpus';

/** One listed match, with the document it is in. */
export interface SearchOption {
  docId: string;
  title: string;
  match: SearchMatch;
}

export const optionId = (index: number): string => `search-option-${index}`;

/** The matches in the order they are listed and moved through with the arrow keys. */
export function searchOptions(results: readonly DocumentResult[]): SearchOption[] {
  return results.flatMap((r) => r.matches.map((match) => ({ docId: r.docId, title: r.title, match })));
}

interface SearchResultListProps {
  id: string;
  results: readonly DocumentResult[];
  active: number;
  onChoose: (option: SearchOption) => void;
  /** The search field's keys: the list can take focus too (to scroll it without a mouse) and answers the same keys. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The matches as a listbox grouped by document (the ARIA pattern for grouped options). Focus
 * stays in the search field, which points at the active option with aria-activedescendant.
 */
export const SearchResultList = memo(function SearchResultList({ id, results, active, onChoose, onKeyDown }: SearchResultListProps) {
  let index = 0;
  return (
    <div
      id={id}
      className="search-results"
      role="listbox"
      aria-label="Search results"
      tabIndex={0}
      aria-activedescendant={active >= 0 ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      {results.map((result) => {
        const headingId = `${id}-doc-${result.docId}`;
        const hidden = result.total - result.matches.length;
        return (
          <ul key={result.docId} role="group" aria-labelledby={headingId}>
            <li role="presentation" id={headingId} className="search-result-doc">
              <span dir="rtl" lang="ar">
                {result.title}
              </span>
              <span className="search-result-count">{result.total === 1 ? '1 match' : `${result.total} matches`}</span>
            </li>
            {result.matches.map((match) => {
              const option = { docId: result.docId, title: result.title, match };
              const i = index++;
              return (
                <li
                  key={match.start}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className="search-result"
                  data-testid="search-result"
                  data-doc-id={result.docId}
                  data-start={match.start}
                  data-end={match.end}
                  // Keep focus in the field: a click must not blur it and close the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onChoose(option)}
                >
                  {/* The title again for screen readers, which announce an option without its group. */}
                  <span className="visually-hidden" dir="rtl" lang="ar">
                    {result.title}:{' '}
                  </span>
                  <span className="search-excerpt" dir="rtl" lang="ar">
                    {match.excerpt.before}
                    <mark>{match.excerpt.match}</mark>
                    {match.excerpt.after}
                  </span>
                </li>
              );
            })}
            {hidden > 0 && (
              <li role="presentation" className="search-result-more">
                {hidden === 1 ? '1 more match' : `${hidden} more matches`} in this document
              </li>
            )}
          </ul>
        );
      })}
    </div>
  );
});
