/**
 * FlexSearch over the same research items, for the search benchmark's side-by-side table.
 *
 * One FlexSearch `Index` over every item (title, text and tags together), with our normaliser
 * and light stemmer as its encoder: each text becomes the stems of its normalised words
 * (`normalizeArabic` + `stemArabic`, the same modules the research index uses), so a word finds
 * its prefixed and suffixed forms as in our index. FlexSearch has no edit-distance matching and
 * no phrase operator: a misspelling finds nothing, and a quoted phrase is searched as its words
 * (every word present, anywhere in the item). It ranks by its own term-position resolution, and
 * returns ids only: no offsets and no excerpt.
 */
import { Index } from 'flexsearch';
import { stemArabic } from '../../renderer/src/core/search/arabic-stemmer';
import { itemFields, keyOfItem, type ResearchItem } from '../../renderer/src/core/search/research-items';
import { normalizedTerms } from '../../renderer/src/core/search/tokenize-arabic';

/** Our encoder for FlexSearch: the light stems of the normalised words, in order. */
export const encodeArabic = (text: string): string[] => normalizedTerms(text).map(stemArabic);

export interface FlexSearchEngine {
  index: Index;
  /** FlexSearch ids are numbers here; the item key of each. */
  keys: string[];
}

export function createFlexSearch(items: Iterable<ResearchItem>): FlexSearchEngine {
  const index = new Index({ tokenize: 'strict', encode: encodeArabic });
  const keys: string[] = [];
  for (const item of items) {
    const fields = itemFields(item);
    index.add(keys.length, [fields.title, fields.text, ...fields.tags].join('\n'));
    keys.push(keyOfItem(item));
  }
  return { index, keys };
}

/** The keys of the best `limit` items for a query (quotes dropped: FlexSearch has no phrases). */
export function searchFlexSearch(engine: FlexSearchEngine, query: string, limit = 60): string[] {
  const ids = engine.index.search(query.replace(/["“”«»]/g, ' '), { limit });
  return ids.map((id) => engine.keys[id as number]!);
}
