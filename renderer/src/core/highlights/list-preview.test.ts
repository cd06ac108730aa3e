import { describe, expect, it } from 'vitest';
import { LIST_PREVIEW_CHARS, listPreview } from './list-preview';

describe('listPreview', () => {
  it('gives a passage that fits as it is', () => {
    const passage = 'قال ابن خلدون في المقدمة';
    expect(listPreview(passage)).toBe(passage);
    expect(listPreview('x'.repeat(LIST_PREVIEW_CHARS))).toBe('x'.repeat(LIST_PREVIEW_CHARS));
  });

  it('cuts a long passage after its start, marked with an ellipsis', () => {
    const book = 'في البدء كان الكلمة '.repeat(100_000);
    const shown = listPreview(book);
    expect(shown).toBe(`${book.slice(0, LIST_PREVIEW_CHARS)}…`);
  });

  it('never cuts through a surrogate pair', () => {
    const text = `${'a'.repeat(9)}𝔸${'b'.repeat(10)}`;
    expect(listPreview(text, 10)).toBe(`${'a'.repeat(9)}…`);
    expect(listPreview(text, 11)).toBe(`${'a'.repeat(9)}𝔸…`);
  });
});
