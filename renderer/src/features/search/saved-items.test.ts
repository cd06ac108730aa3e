import { describe, expect, it } from 'vitest';
import { keyOfItem, kindOfKey } from '../../core/search/research-items';
import type { SavedItemColumns } from '../../data/db';
import { openSavedItems, packSavedItems, type SavedItem } from './saved-items';

const items: SavedItem[] = [
  { kind: 'highlight', highlightId: 'h1', docId: '000_14e37202ef5eb1ed', quote: 'ريتشارد ميلز جونيور', tags: ['روسيا', 'ليبيا'], color: 'green' },
  { kind: 'note', noteId: 'n1', title: 'موقف الأطراف', text: 'مراجعةُ موقفِ بلقيس من الاتفاق' },
  { kind: 'highlight', highlightId: 'h2', docId: 'imp-1', quote: '', tags: [], color: 'yellow' },
  { kind: 'note', noteId: 'n:2', title: '', text: 'قوات «فاغنر» في سرت\nوالجفرة' },
  { kind: 'highlight', highlightId: 'h3', docId: '000_14e37202ef5eb1ed', quote: 'فايز السراج', tags: ['روسيا', 'ليبيا'], color: 'green' },
];
const keys = items.map(keyOfItem);

/** The items read back from `columns`, each given its key as the saved row gives it; null when refused. */
function readBack(columns: unknown, withKeys: readonly string[] = keys): SavedItem[] | null {
  const reader = openSavedItems(columns);
  if (!reader || reader.count !== withKeys.length) return null;
  return withKeys.map((key, i) => reader.item(i, key, kindOfKey(key))!);
}

describe('saved highlight and note items as columns', () => {
  it('read back as the items saved, texts with their diacritics and line breaks, empty ones too, an id with a colon whole', () => {
    const packed = packSavedItems(items);
    expect(packed.texts).toBe(items.map((item) => (item.kind === 'highlight' ? item.quote : item.text)).join(''));
    expect(readBack(packed)).toEqual(items);
  });

  it('store a document, a colour and a list of tags that repeat once each', () => {
    const packed = packSavedItems(items);
    expect(packed.docIds.values).toEqual(['000_14e37202ef5eb1ed', '', 'imp-1']);
    expect(packed.colors.values).toEqual(['green', '', 'yellow']);
    expect(packed.tags.values).toEqual([['روسيا', 'ليبيا'], []]);
  });

  it('survive a structured clone (as IndexedDB stores them)', () => {
    expect(readBack(structuredClone(packSavedItems(items)))).toEqual(items);
  });

  it('read nothing from no items', () => {
    expect(readBack(packSavedItems([]), [])).toEqual([]);
  });

  it('give a document key no item', () => {
    expect(openSavedItems(packSavedItems(items))!.item(0, 'document:x', 'document')).toBeNull();
  });

  const damaged: [string, (columns: SavedItemColumns) => unknown][] = [
    ['no columns', () => undefined],
    ['no count', (c) => ({ ...c, count: '5' })],
    ['a column cut short', (c) => ({ ...c, colors: { ...c.colors, of: c.colors.of.slice(1) } })],
    ['a place past the values', (c) => ({ ...c, docIds: { ...c.docIds, values: c.docIds.values.slice(0, 1) } })],
    ['texts cut short', (c) => ({ ...c, texts: c.texts.slice(0, -3) })],
    ['texts longer than their offsets', (c) => ({ ...c, texts: `${c.texts}زيادة` })],
    ['titles cut short', (c) => ({ ...c, titles: c.titles.slice(0, -1) })],
    ['offsets out of order', (c) => ({ ...c, ends: Uint32Array.from([...c.ends].reverse()) })],
    ['offsets as a plain array', (c) => ({ ...c, ends: [...c.ends] })],
    ['a tag that is not a string', (c) => ({ ...c, tags: { ...c.tags, values: [[1], []] } })],
  ];
  it.each(damaged)('are refused with %s, so the index is built again', (_name, damage) => {
    expect(openSavedItems(damage(packSavedItems(items)))).toBeNull();
  });
});
