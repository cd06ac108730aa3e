import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../core/highlights/highlight-types';
import { db } from './db';
import { watchDocumentHighlights } from './document-highlights';

const row = (id: string, docId = 'doc', change: Partial<Highlight> = {}): Highlight => ({
  id,
  docId,
  color: 'yellow',
  style: 'highlight',
  tags: [],
  selectors: { quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 2 } },
  sortIndex: 0,
  createdAt: 1,
  modifiedAt: 1,
  ...change,
});

/** Watches `doc`; `next()` resolves with the next rows passed on. */
function watch(docId = 'doc') {
  const seen: Highlight[][] = [];
  let wake: (() => void) | null = null;
  const stop = watchDocumentHighlights(
    docId,
    (rows) => {
      seen.push(rows);
      wake?.();
    },
    (error) => {
      throw error;
    },
  );
  const next = async () => {
    const count = seen.length;
    while (seen.length === count) await new Promise<void>((resolve) => (wake = resolve));
    return seen.at(-1)!;
  };
  return { seen, next, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('watchDocumentHighlights', () => {
  beforeEach(async () => {
    await db.highlights.clear();
  });

  it('passes on the rows, then every addition, change and deletion, keeping the rows that did not change', async () => {
    await db.highlights.bulkPut([row('a'), row('b')]);
    const watched = watch();
    const first = await watched.next();
    expect(first.map((h) => h.id).sort()).toEqual(['a', 'b']);

    await db.highlights.add(row('c'));
    const added = await watched.next();
    expect(added.map((h) => h.id).sort()).toEqual(['a', 'b', 'c']);
    expect(added.find((h) => h.id === 'a')).toBe(first.find((h) => h.id === 'a'));

    await db.highlights.put(row('b', 'doc', { color: 'blue', modifiedAt: 2 }));
    const changed = await watched.next();
    expect(changed.find((h) => h.id === 'b')?.color).toBe('blue');
    expect(changed.find((h) => h.id === 'a')).toBe(first.find((h) => h.id === 'a'));

    await db.highlights.delete('a');
    expect((await watched.next()).map((h) => h.id).sort()).toEqual(['b', 'c']);
    watched.stop();
  });

  it('passes on nothing for a write that leaves the rows as they were, or for another document', async () => {
    await db.highlights.bulkPut([row('a')]);
    const watched = watch();
    await watched.next();
    await db.highlights.put(row('a'));
    await db.highlights.add(row('other', 'other-doc'));
    await settle();
    expect(watched.seen).toHaveLength(1);
    watched.stop();
  });

  it('passes on an empty document, and nothing after it is stopped', async () => {
    const watched = watch();
    expect(await watched.next()).toEqual([]);
    watched.stop();
    await db.highlights.add(row('a'));
    await settle();
    expect(watched.seen).toHaveLength(1);
  });
});
