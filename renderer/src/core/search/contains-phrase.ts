/**
 * Whether a phrase occurs in a text, both normalised: as whole words, its first word possibly
 * with a conjunction or preposition written onto it ("مجلس الامن" is in "لمجلس الامن").
 * Used to require quoted phrases, to leave out excluded ones, and to boost words found side
 * by side.
 */
import { isProcliticForm } from './arabic-stemmer';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether normalised `text` holds the normalised `phrase` as whole words, its first word
 * possibly with a conjunction or preposition written onto it (`isProcliticForm`).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const space = phrase.indexOf(' ');
  const first = space === -1 ? phrase : phrase.slice(0, space);
  // ل + ال is written لل: "الامم المتحده" is in "للامم المتحده" as "لامم المتحده".
  const needles = first.startsWith('ال') ? [phrase, phrase.slice(1)] : [phrase];
  for (const needle of needles) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const after = text[at + needle.length];
      if (after !== undefined && WORD_CHAR.test(after)) continue;
      let wordStart = at;
      while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
      const firstWritten = text.slice(wordStart, at) + needle.slice(0, needle.length - phrase.length + first.length);
      if (isProcliticForm(firstWritten, first)) return true;
    }
  }
  return false;
}
