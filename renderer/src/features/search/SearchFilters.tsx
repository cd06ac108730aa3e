import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../../core/highlights/highlight-types';
import { BUNDLED_COLLECTION_ID, type CollectionRow } from '../../core/library/library-types';
import type { ItemKind } from '../../core/search/research-items';
import type { SearchFilters as Filters } from './search-messages';

const KINDS: { kind: ItemKind | null; label: string }[] = [
  { kind: null, label: 'All' },
  { kind: 'document', label: 'Documents' },
  { kind: 'highlight', label: 'Highlights' },
  { kind: 'note', label: 'Notes' },
];

interface SearchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Hits per kind in the current answer, shown on the kind buttons. */
  counts: Record<ItemKind, number> | null;
  collections: readonly CollectionRow[];
  tags: readonly string[];
}

/** The filters under the search field: kind (with counts), collection, tag and highlight colour. */
export function SearchFilters({ filters, onChange, counts, collections, tags }: SearchFiltersProps) {
  const total = counts ? counts.document + counts.highlight + counts.note : null;
  return (
    <div className="search-filters">
      <div className="search-kinds" role="group" aria-label="Show">
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
              {label}
              {count !== null && <span className="search-kind-count"> {count.toLocaleString()}</span>}
            </button>
          );
        })}
      </div>
      <div className="search-selects">
        <select aria-label="Collection" data-testid="search-collection" value={filters.collectionId ?? ''} onChange={(e) => onChange({ ...filters, collectionId: e.target.value || null })}>
          <option value="">All collections</option>
          <option value={BUNDLED_COLLECTION_ID}>Bundled articles</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id} dir="auto">
              {c.name}
            </option>
          ))}
        </select>
        <select aria-label="Tag" data-testid="search-tag" value={filters.tag ?? ''} onChange={(e) => onChange({ ...filters, tag: e.target.value || null })}>
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag} dir="auto">
              {tag}
            </option>
          ))}
        </select>
        <select aria-label="Highlight colour" data-testid="search-color" value={filters.color ?? ''} onChange={(e) => onChange({ ...filters, color: e.target.value || null })}>
          <option value="">Any colour</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {COLOR_LABELS[color]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
