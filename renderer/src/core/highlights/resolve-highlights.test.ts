import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selectors';
import type { Highlight } from './highlight-types';
import { resolveHighlights } from './resolve-highlights';

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
