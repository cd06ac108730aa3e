/**
 * The normalised forms (with their offset maps) of the texts of the items last shown as hits,
 * kept across searches: typing a query letter by letter lists mostly the same items again, and
 * normalising a long document's text for its excerpt was a good part of each keystroke.
 *
 * Kept by item object, so an item replaced in the index (an edited note) is normalised afresh;
 * only the last `KEPT_ITEMS` are kept, since a map takes about ten bytes per character.
 */
import { normalizeArabic, type NormalizedText } from '../arabic/normalize-arabic';

const KEPT_ITEMS = 120;
const kept = new Map<object, (NormalizedText | undefined)[]>();

/** `texts[i]` normalised, kept for `item` (whose texts they are) among the most recently used. */
export function keptNormalizer(item: object, texts: readonly string[]): (i: number) => NormalizedText {
  let normalized = kept.get(item);
  if (normalized) kept.delete(item);
  else normalized = [];
  kept.set(item, normalized);
  if (kept.size > KEPT_ITEMS) kept.delete(kept.keys().next().value!);
  const list = normalized;
  return (i) => (list[i] ??= normalizeArabic(texts[i]!));
}
