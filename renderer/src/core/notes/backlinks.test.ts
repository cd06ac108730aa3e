import { describe, expect, it } from 'vitest';
import { mergeBacklinks } from './backlinks';

// Titles from seeds/000_14e37202ef5eb1ed.txt.
const note = (id: string, title: string) => ({ id, title });

describe('mergeBacklinks', () => {
  it('counts a note quoting the passage and a note linking to the highlight’s note alike', () => {
    expect(mergeBacklinks([note('q', 'مبعوث أمريكي')], [note('l', 'الانسحاب الفوري')], 'own')).toEqual([
      { id: 'l', title: 'الانسحاب الفوري', via: ['note'] },
      { id: 'q', title: 'مبعوث أمريكي', via: ['passage'] },
    ]);
  });

  it('lists a note that does both once, saying both', () => {
    expect(mergeBacklinks([note('b', 'ليبيا')], [note('b', 'ليبيا')], 'own')).toEqual([{ id: 'b', title: 'ليبيا', via: ['passage', 'note'] }]);
  });

  it('leaves out the highlight’s own note quoting its passage', () => {
    expect(mergeBacklinks([note('own', 'ريتشارد ميلز'), note('x', 'أخرى')], [], 'own').map((b) => b.id)).toEqual(['x']);
  });

  it('counts only passage links when the highlight has no note', () => {
    expect(mergeBacklinks([note('x', 'أخرى')], [], null)).toHaveLength(1);
  });
});
