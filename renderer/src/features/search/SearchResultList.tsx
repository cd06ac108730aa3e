import { memo, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MarkedExcerpt } from '../../core/search/mark-excerpt';
import type { ItemKind } from '../../core/search/research-items';
import { sameHit, type ResultGroup } from './result-list';
import { FULL_SIZE, type ResultHit } from './search-messages';

export const optionId = (index: number): string => `search-option-${index}`;

/** Every matched word marked inside the excerpt: text nodes and <mark> elements, never HTML. */
function ExcerptText({ excerpt }: { excerpt: MarkedExcerpt }) {
  return (
    <span className="search-excerpt" dir="auto">
      {excerpt.parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}

function HitBody({ hit }: { hit: ResultHit }) {
  switch (hit.kind) {
    case 'document':
      return hit.field === 'title' ? (
        <span className="search-result-title">
          <ExcerptText excerpt={hit.excerpt} />
        </span>
      ) : (
        <>
          <span className="search-result-title" dir="auto">
            <bdi>{hit.title}</bdi>
          </span>
          <ExcerptText excerpt={hit.excerpt} />
        </>
      );
    case 'highlight':
      return (
        <>
          <span className="search-result-title" dir="auto">
            <span className={`search-swatch color-${hit.color ?? 'yellow'}`} aria-hidden="true" />
            <bdi>{hit.title}</bdi>
          </span>
          {hit.field === 'tag' ? (
            <span className="search-excerpt search-quote" dir="auto">
              {hit.quote}
            </span>
          ) : (
            <ExcerptText excerpt={hit.excerpt} />
          )}
          {hit.tags.length > 0 && (
            <span className="search-tags">
              {hit.tags.map((tag, i) => (
                <bdi key={tag} className="search-tag" dir="auto">
                  {hit.field === 'tag' && hit.tagIndex === i ? <mark>{tag}</mark> : tag}
                </bdi>
              ))}
            </span>
          )}
        </>
      );
    case 'note':
      return hit.field === 'title' ? (
        <span className="search-result-title">
          <ExcerptText excerpt={hit.excerpt} />
        </span>
      ) : (
        <>
          <span className="search-result-title" dir="auto">
            <bdi>{hit.title || <FormattedMessage id="search.note.untitled" />}</bdi>
          </span>
          <ExcerptText excerpt={hit.excerpt} />
        </>
      );
  }
}

const idAttributes = (hit: ResultHit): Record<string, string | number | undefined> => {
  switch (hit.kind) {
    case 'document':
      return { 'data-doc-id': hit.id, 'data-start': hit.range?.start, 'data-end': hit.range?.end };
    case 'highlight':
      return { 'data-highlight-id': hit.id };
    case 'note':
      return { 'data-note-id': hit.id };
  }
};

interface ResultRowProps {
  hit: ResultHit;
  index: number;
  selected: boolean;
  onChoose: (hit: ResultHit) => void;
}

/**
 * One result. Each answer brings new objects; a row whose hit reads the same, at the same place,
 * is not drawn again (typing on mostly redraws nothing but the rows that changed).
 */
const ResultRow = memo(
  function ResultRow({ hit, index, selected, onChoose }: ResultRowProps) {
    return (
      <li
        id={optionId(index)}
        role="option"
        aria-selected={selected}
        className="search-result"
        data-testid="search-result"
        data-kind={hit.kind}
        {...idAttributes(hit)}
        // Keep focus in the field: a click must not blur it and close the list first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onChoose(hit)}
      >
        <HitBody hit={hit} />
      </li>
    );
  },
  (a, b) => a.index === b.index && a.selected === b.selected && a.onChoose === b.onChoose && sameHit(a.hit, b.hit),
);

interface SearchResultListProps {
  id: string;
  groups: readonly ResultGroup[];
  active: number;
  onChoose: (hit: ResultHit) => void;
  /** A group's "Show all" chosen: that kind is listed in full. */
  onShowAll: (kind: ItemKind) => void;
  /** The search field's keys: the list can take focus too (to scroll it without a mouse) and answers the same keys. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The results as a listbox grouped by kind (the ARIA pattern for grouped options), best first
 * within each group: a first page of each, and a "Show all" option (reached with the arrows like
 * a result) that lists the rest of its group. Focus stays in the search field, which points at
 * the active option.
 */
export const SearchResultList = memo(function SearchResultList({ id, groups, active, onChoose, onShowAll, onKeyDown }: SearchResultListProps) {
  const intl = useIntl();
  let index = 0;
  return (
    <div id={id} className="search-results" role="listbox" aria-label={intl.formatMessage({ id: 'search.results.label' })} tabIndex={0} aria-activedescendant={active >= 0 ? optionId(active) : undefined} onKeyDown={onKeyDown}>
      {groups.map((group) => {
        const headingId = `${id}-${group.kind}`;
        const { hits, count } = group;
        const allIndex = group.showAll ? index + hits.length : -1;
        return (
          <ul key={group.kind} role="group" aria-labelledby={headingId} data-testid="search-group" data-kind={group.kind}>
            <li role="presentation" id={headingId} className="search-group-heading">
              <FormattedMessage id={group.label} />
              <span className="search-result-count">{intl.formatNumber(count)}</span>
            </li>
            {hits.map((hit) => {
              const i = index++;
              return <ResultRow key={hit.id} hit={hit} index={i} selected={i === active} onChoose={onChoose} />;
            })}
            {group.showAll && (
              <li
                id={optionId(index++)}
                role="option"
                aria-selected={allIndex === active}
                className="search-show-all"
                data-testid="search-show-all"
                data-kind={group.kind}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onShowAll(group.kind)}
              >
                {count <= FULL_SIZE ? (
                  <FormattedMessage id="search.results.showAll" values={{ count }} />
                ) : (
                  <FormattedMessage id="search.results.showFirst" values={{ shown: FULL_SIZE, count }} />
                )}
              </li>
            )}
            {!group.showAll && count > hits.length && (
              <li role="presentation" className="search-result-more">
                <FormattedMessage id="search.results.more" values={{ count: count - hits.length }} />
              </li>
            )}
          </ul>
        );
      })}
    </div>
  );
});
