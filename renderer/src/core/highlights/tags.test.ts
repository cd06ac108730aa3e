import { describe, expect, it } from 'vitest';
import { addTags } from './tags';

describe('addTags', () => {
  it.each([
    ['one tag', [], 'روسيا', ['روسيا']],
    ['several separated by Latin and Arabic commas', [], 'روسيا، تركيا, Wagner', ['روسيا', 'تركيا', 'Wagner']],
    ['a duplicate of an existing tag', ['ليبيا'], ' ليبيا ', ['ليبيا']],
    ['runs of whitespace inside a tag', [], 'حكومة   الوفاق', ['حكومة الوفاق']],
    ['nothing but separators', ['a'], ' , ،', ['a']],
  ])('%s', (_name, existing, typed, expected) => {
    expect(addTags(existing, typed)).toEqual(expected);
  });

  it('cuts a very long tag to a sensible length', () => {
    expect(addTags([], 'ك'.repeat(500))[0]).toHaveLength(60);
  });
});
