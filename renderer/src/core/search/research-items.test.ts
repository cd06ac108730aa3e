import { describe, expect, it } from 'vitest';
import { itemKey, kindOfKey } from './research-items';

describe('an item key read back', () => {
  it.each([
    [itemKey('document', '000_14e37202ef5eb1ed'), 'document'],
    [itemKey('highlight', 'h:1'), 'highlight'],
    [itemKey('note', 'note:ملاحظة'), 'note'],
  ] as const)('%s is of kind %s', (key, kind) => {
    expect(kindOfKey(key)).toBe(kind);
  });

  it('says what another key is made of, not one of the kinds it starts like', () => {
    expect(kindOfKey('notes:1')).toBe('notes');
    expect(kindOfKey('highlighted:1')).toBe('highlighted');
  });
});
