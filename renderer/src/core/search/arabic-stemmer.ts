/**
 * Light Arabic stemming for search: strips the attached conjunction, preposition and article
 * from the front of a word and the common plural, dual, feminine and pronoun endings from the
 * back, so that "والقوات", "قواتها" and "القوات" all meet on one stem.
 *
 * It works on words already normalised by `normalizeArabic` (the single source of
 * normalisation): hamza forms are folded, ة is ه and ى is ي, diacritics and tatweel are gone.
 * So the endings are written here as the normaliser leaves them: ية → يه, ة → ه.
 *
 * The rules follow Lucene's ArabicStemmer (itself after Larkey, Ballesteros and Connell's
 * "light10"), with stricter length guards: a stem always keeps at least three letters, and a
 * one-letter preposition (ب ك ل) is only taken off when four letters remain, because many
 * short words begin with those letters (بلاد, كتاب, لبنان would otherwise lose a root letter).
 * Over-stemming costs precision, never recall of exact matches: search indexes the word and
 * its stem, and ranks stem-only matches below exact ones.
 */

/** The shortest stem the stemmer leaves. */
export const MIN_STEM_LENGTH = 3;

/** Conjunctions: "and", "so". Taken off first, at most one. */
const CONJUNCTIONS = ['و', 'ف'];
/** The article, alone or with a preposition fused to it (ل + ال is written لل). Longest first. */
const ARTICLES = ['بال', 'كال', 'ال', 'لل'];
/** One-letter prepositions written onto the word: "with/by", "like", "for/to". */
const PREPOSITIONS = ['ب', 'ك', 'ل'];
/** A one-letter preposition comes off only when this many letters remain. */
const MIN_AFTER_PREPOSITION = 4;
/**
 * Endings, each tried once, in this order (Lucene's): pronoun "her/its", dual, feminine
 * plural, masculine plural (nominative, oblique), nisba + feminine, feminine or "his", nisba.
 */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

function stripPrefixes(word: string): string {
  let stem = word;
  const conjunction = CONJUNCTIONS.find((c) => stem.startsWith(c));
  if (conjunction !== undefined && stem.length - conjunction.length >= MIN_STEM_LENGTH) {
    stem = stem.slice(conjunction.length);
  }
  const article = ARTICLES.find((a) => stem.startsWith(a) && stem.length - a.length >= MIN_STEM_LENGTH);
  if (article !== undefined) return stem.slice(article.length);
  const preposition = PREPOSITIONS.find((p) => stem.startsWith(p));
  if (preposition !== undefined && stem.length - preposition.length >= MIN_AFTER_PREPOSITION) {
    return stem.slice(preposition.length);
  }
  return stem;
}

function stripSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM_LENGTH) {
      stem = stem.slice(0, -suffix.length);
    }
  }
  return stem;
}

/**
 * The light stem of one normalised word (see the module comment). Words of other scripts,
 * numbers and words too short to strip come back unchanged.
 */
export function stemArabic(term: string): string {
  return stripSuffixes(stripPrefixes(term));
}

/** What may be written onto the front of a word: a conjunction, a preposition, or both. */
const PROCLITICS = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];

/**
 * Whether `term` is `word` itself or `word` with a conjunction or preposition written onto it
 * (والامم, لمجلس; للامم for الامم, where ل + ال is written لل). All normalised. A quoted
 * phrase accepts these on its first word: "مجلس الامن" is the phrase in "لمجلس الامن".
 */
export function isProcliticForm(term: string, word: string): boolean {
  if (term === word) return true;
  if (term.endsWith(word) && PROCLITICS.includes(term.slice(0, term.length - word.length))) return true;
  // ل before the article: للامم, وللامم, فللامم.
  return word.startsWith('ال') && ['ل', 'ول', 'فل'].some((p) => term === p + word.slice(1));
}
