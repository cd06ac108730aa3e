import { describe, expect, it } from 'vitest';
import { resultGroups, resultOptions, sameHit } from './result-list';
import type { ResultGroups, ResultHit } from './search-messages';

const hit = (kind: ResultHit['kind'], id: string, marked = 'حكومة'): ResultHit => ({
  kind,
  id,
  docId: kind === 'note' ? null : 'doc',
  title: `عنوان ${id}`,
  excerpt: {
    before: 'قالت ',
    match: marked,
    after: ' الوفاق',
    parts: [
      { text: 'قالت ', marked: false, start: 0, end: 5 },
      { text: marked, marked: true, start: 5, end: 10 },
      { text: ' الوفاق', marked: false, start: 10, end: 17 },
    ],
  },
  field: 'text',
  tagIndex: null,
  quote: null,
  range: kind === 'document' ? { start: 5, end: 10 } : null,
  color: kind === 'highlight' ? 'yellow' : null,
  tags: kind === 'highlight' ? ['روسيا'] : [],
});

const answer: ResultGroups = {
  documents: [hit('document', 'd1'), hit('document', 'd2')],
  highlights: [hit('highlight', 'h1')],
  notes: [],
  counts: { document: 9, highlight: 1, note: 0 },
};

describe('the results list', () => {
  it('follows a group that lists fewer than it counted with its "Show all", which the arrows reach after its hits', () => {
    const groups = resultGroups(answer, null, []);
    expect(groups.map((g) => [g.kind, g.count, g.showAll])).toEqual([
      ['document', 9, true],
      ['highlight', 1, false],
    ]);
    const options = resultOptions(groups);
    expect(options.map((o) => (o.type === 'hit' ? o.hit.id : `all ${o.kind} ${o.count}`))).toEqual(['d1', 'd2', 'all document 9', 'h1']);
  });

  it('has no "Show all" for a kind listed in full, nor under the kind filter', () => {
    expect(resultGroups(answer, null, ['document']).some((g) => g.showAll)).toBe(false);
    const one = resultGroups(answer, 'document', []);
    expect(one.map((g) => [g.kind, g.showAll])).toEqual([['document', false]]);
  });

  it('takes a hit from a new answer that reads the same as unchanged, and any visible difference as changed', () => {
    expect(sameHit(hit('document', 'd1'), hit('document', 'd1'))).toBe(true);
    expect(sameHit(hit('document', 'd1'), hit('document', 'd2'))).toBe(false);
    expect(sameHit(hit('document', 'd1'), hit('document', 'd1', 'حكومه'))).toBe(false);
    expect(sameHit(hit('highlight', 'h1'), { ...hit('highlight', 'h1'), tags: ['روسيا', 'ليبيا'] })).toBe(false);
    expect(sameHit(hit('highlight', 'h1'), { ...hit('highlight', 'h1'), color: 'green' })).toBe(false);
    expect(sameHit(hit('document', 'd1'), { ...hit('document', 'd1'), range: { start: 5, end: 11 } })).toBe(false);
    const unmarked = hit('document', 'd1');
    unmarked.excerpt = { ...unmarked.excerpt, parts: unmarked.excerpt.parts.map((p) => ({ ...p, marked: false })) };
    expect(sameHit(hit('document', 'd1'), unmarked)).toBe(false);
  });
});
