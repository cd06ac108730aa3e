import { describe, expect, it } from 'vitest';
import type { SavedItemColumns } from '../../data/db';
import { packSavedItems, unpackSavedItems, type SavedItem } from './saved-items';

const items: SavedItem[] = [
  { kind: 'highlight', highlightId: 'h1', docId: '000_14e37202ef5eb1ed', quote: 'ريتشارد ميلز جونيور', tags: ['روسيا', 'ليبيا'], color: 'green' },
  { kind: 'note', noteId: 'n1', title: 'موقف الأطراف', text: 'مراجعةُ موقفِ بلقيس من الاتفاق' },
  { kind: 'highlight', highlightId: 'h2', docId: 'imp-1', quote: '', tags: [], color: 'yellow' },
  { kind: 'note', noteId: 'n2', title: '', text: 'قوات «فاغنر» في سرت\nوالجفرة' },
];

const byKey = (list: readonly SavedItem[]) => new Map(list.map((item) => [item.kind === 'highlight' ? `highlight:${item.highlightId}` : `note:${item.noteId}`, item]));

describe('saved highlight and note items as columns', () => {
  it('read back as the items saved, texts with their diacritics and line breaks, empty ones too', () => {
    const packed = packSavedItems(items);
    expect(packed.keys).toEqual(['highlight:h1', 'note:n1', 'highlight:h2', 'note:n2']);
    expect(packed.texts).toBe(items.map((item) => (item.kind === 'highlight' ? item.quote : item.text)).join(''));
    expect(unpackSavedItems(packed)).toEqual(byKey(items));
  });

  it('survive a structured clone (as IndexedDB stores them)', () => {
    expect(unpackSavedItems(structuredClone(packSavedItems(items)))).toEqual(byKey(items));
  });

  it('read nothing from no items', () => {
    expect(unpackSavedItems(packSavedItems([]))).toEqual(new Map());
  });

  const damaged: [string, (columns: SavedItemColumns) => unknown][] = [
    ['no columns', () => undefined],
    ['a column cut short', (c) => ({ ...c, colors: c.colors.slice(1) })],
    ['texts cut short', (c) => ({ ...c, texts: c.texts.slice(0, -3) })],
    ['texts longer than their offsets', (c) => ({ ...c, texts: `${c.texts}زيادة` })],
    ['offsets out of order', (c) => ({ ...c, ends: Uint32Array.from([...c.ends].reverse()) })],
    ['offsets as a plain array', (c) => ({ ...c, ends: [...c.ends] })],
    ['tags that are not JSON', (c) => ({ ...c, tags: '[[0,' })],
    ['tags of an item not there', (c) => ({ ...c, tags: JSON.stringify([[9, ['روسيا']]]) })],
    ['a tag that is not a string', (c) => ({ ...c, tags: JSON.stringify([[0, [1]]]) })],
    ['a document key among them', (c) => ({ ...c, keys: ['document:x', ...c.keys.slice(1)] })],
  ];
  it.each(damaged)('are refused with %s, so the index is built again', (_name, damage) => {
    expect(unpackSavedItems(damage(packSavedItems(items)))).toBeNull();
  });
});
