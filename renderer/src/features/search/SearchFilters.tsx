import { memo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { HIGHLIGHT_COLORS } from '../../core/highlights/highlight-types';
import { BUNDLED_COLLECTION_ID, type CollectionRow } from '../../core/library/library-types';
import type { ItemKind } from '../../core/search/research-items';
import type { SearchFilters as Filters } from './search-messages';

const KINDS = [
  { kind: null, label: 'search.kind.all' },
  { kind: 'document', label: 'search.kind.document' },
  { kind: 'highlight', label: 'search.kind.highlight' },
  { kind: 'note', label: 'search.kind.note' },
] as const satisfies readonly { kind: ItemKind | null; label: string }[];

interface SearchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Hits per kind in the current answer, shown on the kind buttons. */
  counts: Record<ItemKind, number> | null;
  collections: readonly CollectionRow[];
  tags: readonly string[];
}

const sameCounts = (a: Record<ItemKind, number> | null, b: Record<ItemKind, number> | null): boolean =>
  a === b || (a !== null && b !== null && a.document === b.document && a.highlight === b.highlight && a.note === b.note);

/**
 * The filters under the search field: kind (with counts), collection, tag and highlight colour.
 * Drawn again only when they or the counts change, not on every answer (the tag list can be long).
 */
export const SearchFilters = memo(function SearchFilters({ filters, onChange, counts, collections, tags }: SearchFiltersProps) {
  const intl = useIntl();
  const total = counts ? counts.document + counts.highlight + counts.note : null;
  return (
    <div className="search-filters">
      <div className="search-kinds" role="group" aria-label={intl.formatMessage({ id: 'search.filters.kind' })}>
        {KINDS.map(({ kind, label }) => {
          const count = counts === null ? null : kind === null ? total : counts[kind];
          return (
            <button
              key={label}
              type="button"
              className="search-kind"
              data-testid="search-kind"
              data-kind={kind ?? 'all'}
              aria-pressed={filters.kind === kind}
              onClick={() => onChange({ ...filters, kind })}
            >
              <FormattedMessage id={label} />
              {count !== null && <span className="search-kind-count"> {intl.formatNumber(count)}</span>}
            </button>
          );
        })}
      </div>
      <div className="search-selects">
        <select aria-label={intl.formatMessage({ id: 'search.filter.collection' })} data-testid="search-collection" value={filters.collectionId ?? ''} onChange={(e) => onChange({ ...filters, collectionId: e.target.value || null })}>
          <option value="">{intl.formatMessage({ id: 'search.filter.collection.any' })}</option>
          <option value={BUNDLED_COLLECTION_ID}>{intl.formatMessage({ id: 'search.filter.collection.bundled' })}</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id} dir="auto">
              {c.name}
            </option>
          ))}
        </select>
        <select aria-label={intl.formatMessage({ id: 'search.filter.tag' })} data-testid="search-tag" value={filters.tag ?? ''} onChange={(e) => onChange({ ...filters, tag: e.target.value || null })}>
          <option value="">{intl.formatMessage({ id: 'search.filter.tag.any' })}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag} dir="auto">
              {tag}
            </option>
          ))}
        </select>
        <select aria-label={intl.formatMessage({ id: 'search.filter.color' })} data-testid="search-color" value={filters.color ?? ''} onChange={(e) => onChange({ ...filters, color: e.target.value || null })}>
          <option value="">{intl.formatMessage({ id: 'search.filter.color.any' })}</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {intl.formatMessage({ id: `highlights.color.${color}` })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
},
  (a, b) => a.filters === b.filters && a.onChange === b.onChange && a.collections === b.collections && a.tags === b.tags && sameCounts(a.counts, b.counts));
