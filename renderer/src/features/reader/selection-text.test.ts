import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textOfSpan, wholeTextSpan } from './selection-text';

const SEED = readFileSync(new URL('../../../../seeds/000_14e37202ef5eb1ed.txt', import.meta.url), 'utf8');

describe('textOfSpan', () => {
  it('is the original text between the offsets, the line breaks between paragraphs included', () => {
    const breakAt = SEED.indexOf('\n', 200);
    const span = { start: breakAt - 15, end: breakAt + 20 };
    const copied = textOfSpan(SEED, span);
    expect(copied).toBe(SEED.slice(breakAt - 15, breakAt + 20));
    expect(copied).toContain('\n');
    expect(copied).toHaveLength(35);
  });

  it('takes a selection made backwards (focus before anchor) the same way', () => {
    expect(textOfSpan(SEED, { start: 140, end: 100 })).toBe(SEED.slice(100, 140));
  });

  it('clamps offsets outside the text', () => {
    expect(textOfSpan(SEED, { start: -5, end: SEED.length + 10 })).toBe(SEED);
    expect(textOfSpan(SEED, { start: SEED.length + 1, end: SEED.length + 9 })).toBe('');
  });

  it('keeps Arabic marks and surrogate pairs as they are', () => {
    const text = 'قَالَ 𝕏 وَ';
    expect(textOfSpan(text, { start: 0, end: text.length })).toBe(text);
  });
});

describe('wholeTextSpan', () => {
  it('is the whole text without white space at either end', () => {
    const text = `\n\n${SEED}\n`;
    const span = wholeTextSpan(text)!;
    expect(textOfSpan(text, span)).toBe(SEED.trim());
    expect(span.start).toBe(2);
  });

  it('is null for white space only', () => {
    expect(wholeTextSpan(' \n\t')).toBeNull();
    expect(wholeTextSpan('')).toBeNull();
  });
});
