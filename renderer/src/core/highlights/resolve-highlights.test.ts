import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import type { Highlight } from './highlight-types';
import { createHighlightResolver, resolveHighlights } from './resolve-highlights';

const text = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');

function highlightOf(id: string, exact: string, createdAt = 0): Highlight {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture not in the corpus: ${exact}`);
  return {
    id,
    docId: '000_14e37202ef5eb1ed',
    color: 'yellow',
    style: 'highlight',
    tags: [],
    selectors: describeRange(text, start, start + exact.length),
    sortIndex: start,
    createdAt,
    modifiedAt: createdAt,
  };
}

const ankara = highlightOf('ankara', 'وافقت أنقرة على مهمة عسكرية', 1);
const mills = highlightOf('mills', 'ريتشارد ميلز جونيور', 2);
const trench = highlightOf('trench', 'خندقا بطول 70 كيلومترا', 3);

describe('resolveHighlights', () => {
  it('lists highlights in reading order whatever order they were made in', () => {
    const { anchored, orphans } = resolveHighlights(text, [trench, ankara, mills]);
    expect(anchored.map((a) => a.highlight.id)).toEqual(['mills', 'ankara', 'trench']);
    expect(orphans).toEqual([]);
    expect(anchored.every((a) => !a.moved)).toBe(true);
  });

  it('puts a highlight whose passage was deleted among the orphans and keeps the rest in place', () => {
    const edited = text.replace('وحفرت مليشيات الجنرال خليفة حفتر خندقا بطول 70 كيلومترا ، ', '');
    const { anchored, orphans } = resolveHighlights(edited, [trench, ankara, mills]);
    expect(orphans.map((h) => h.id)).toEqual(['trench']);
    expect(anchored.map((a) => edited.slice(a.start, a.end))).toEqual(['ريتشارد ميلز جونيور', 'وافقت أنقرة على مهمة عسكرية']);
  });

  it('marks a highlight found away from its stored position as moved', () => {
    const edited = `عنوان جديد أضيف في أول المقال.\n${text}`;
    const { anchored } = resolveHighlights(edited, [mills]);
    expect(anchored[0]?.moved).toBe(true);
    expect(edited.slice(anchored[0]!.start, anchored[0]!.end)).toBe('ريتشارد ميلز جونيور');
  });
});

describe('createHighlightResolver', () => {
  /** Highlights over passages spread through the text, made in a random order. */
  function spread(count: number, seed: number): Highlight[] {
    let state = seed;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    return Array.from({ length: count }, (_, i) => {
      const start = Math.floor(random() * (text.length - 40));
      const end = start + 5 + Math.floor(random() * 30);
      return { ...highlightOf('x', 'ريتشارد ميلز جونيور'), id: `h${seed}-${i}`, selectors: describeRange(text, start, end), sortIndex: start, createdAt: Math.floor(random() * 5), modifiedAt: i };
    });
  }

  it('gives what anchoring and sorting afresh gives, through additions, changes and deletions', () => {
    const resolve = createHighlightResolver(text);
    let rows = spread(300, 1);
    const orderOf = (r: readonly Highlight[]) => resolveHighlights(text, r).anchored.map((a) => [a.highlight, a.start, a.end]);
    expect(resolve(rows).anchored.map((a) => [a.highlight, a.start, a.end])).toEqual(orderOf(rows));
    const extra = spread(60, 2);
    for (let step = 0; step < 60; step++) {
      rows = rows.slice();
      if (step % 3 === 0) rows.push(extra[step]!);
      else if (step % 3 === 1) rows.splice((step * 7) % rows.length, 1);
      else rows[(step * 11) % rows.length] = { ...rows[(step * 11) % rows.length]!, color: 'blue', modifiedAt: 1000 + step };
      if (step === 30) rows.push(...spread(40, 3));
      expect(resolve(rows).anchored.map((a) => [a.highlight, a.start, a.end])).toEqual(orderOf(rows));
    }
  });

  it('keeps the entry of a highlight given again as the same object, and gives the changed one a new entry', () => {
    const resolve = createHighlightResolver(text);
    const first = resolve([trench, ankara, mills]);
    const recoloured = { ...ankara, color: 'blue' as const, modifiedAt: 9 };
    const second = resolve([trench, recoloured, mills]);
    expect(second.anchored.map((a) => a.highlight.id)).toEqual(['mills', 'ankara', 'trench']);
    expect(second.anchored[0]).toBe(first.anchored[0]);
    expect(second.anchored[2]).toBe(first.anchored[2]);
    expect(second.anchored[1]!.highlight).toBe(recoloured);
    expect(second.anchored).not.toBe(first.anchored);
  });

  it('lists an orphan once its passage is gone, and anchors it again for a later text', () => {
    const edited = text.replace('وحفرت مليشيات الجنرال خليفة حفتر خندقا بطول 70 كيلومترا ، ', '');
    const resolve = createHighlightResolver(edited);
    expect(resolve([trench, mills]).orphans).toEqual([trench]);
    expect(resolve([trench, mills]).orphans).toEqual([trench]);
    expect(resolve([mills]).orphans).toEqual([]);
  });
});
