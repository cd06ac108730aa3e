import { describe, expect, it } from 'vitest';
import { containsPhrase } from './contains-phrase';

describe('containsPhrase', () => {
  it.each([
    ['whole words', 'قال ان الامم المتحده دعت', 'الامم المتحده', true],
    ['not at the end of another word', 'سلامم المتحده', 'الامم المتحده', false],
    ['not cut off at the end', 'الامم المتحدهين', 'الامم المتحده', false],
    ['after punctuation', '"الامم المتحده"', 'الامم المتحده', true],
    ['with a preposition on its first word', 'اجتماع لمجلس الامن الدولي', 'مجلس الامن', true],
    ['with ل fused to the article', 'ممثل للامم المتحده', 'الامم المتحده', true],
    ['with a conjunction and ل fused to the article', 'وللامم المتحده', 'الامم المتحده', true],
    ['not with letters that are no prefix', 'تمجلس الامن', 'مجلس الامن', false],
  ])('matches %s', (_case, text, phrase, expected) => {
    expect(containsPhrase(text, phrase)).toBe(expected);
  });
});
