/**
 * The best `capacity` of a stream of items, kept in order as they come: what a search lists of
 * a kind is its best few, so the thousands of hits of a common word are counted and compared,
 * not all sorted (the sort and an object per hit were most of a keystroke on such a word).
 *
 * The order is the one a stable sort of the whole stream by `compare` gives: an item equal to
 * one already kept goes after it, and one no better than the last kept of a full list is left out.
 */
export class BestFirst<T> {
  readonly items: T[] = [];

  constructor(
    readonly capacity: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Whether an item that compares like `probe` would be kept (so the caller need not build it). */
  wouldKeep(probe: T): boolean {
    const last = this.items.length - 1;
    if (last + 1 < this.capacity) return true;
    return last >= 0 && this.compare(probe, this.items[last]!) < 0;
  }

  /** Keeps `item` if it is among the best so far. */
  offer(item: T): void {
    if (!this.wouldKeep(item)) return;
    const items = this.items;
    // After every item it does not beat (binary search for the upper bound).
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(item, items[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    items.splice(low, 0, item);
    if (items.length > this.capacity) items.pop();
  }
}
