import { describe, expect, it } from 'vitest';
import { fillLabel } from './export-labels';

describe('fillLabel', () => {
  it('fills each slot, once, and leaves text that looks like a slot inside values alone', () => {
    expect(fillLabel('section «{name}»', { name: 'المقدمة' })).toBe('section «المقدمة»');
    expect(fillLabel('الفقرة {number}', { number: 3 })).toBe('الفقرة 3');
    expect(fillLabel('{name} / {name}', { name: '{number}' })).toBe('{number} / {number}');
  });

  it('keeps a slot it has no value for', () => {
    expect(fillLabel('tags: {list}', {})).toBe('tags: {list}');
  });
});
