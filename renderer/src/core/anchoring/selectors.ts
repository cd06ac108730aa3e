/**
 * W3C Web Annotation selectors for a range of a document's text.
 *
 * A highlight stores both: the position is cheap to check, the quote with its
 * context lets `anchor()` find the passage again after the text has changed.
 * Offsets are UTF-16 code units into the original document text.
 */

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to `contextLength` characters of original text just before `exact`. */
  prefix: string;
  /** Up to `contextLength` characters of original text just after `exact`. */
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Every selector we store for one highlighted range. */
export interface RangeSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export const DEFAULT_CONTEXT_LENGTH = 32;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Builds the quote and position selectors for `text.slice(start, end)`.
 * Prefix and suffix are taken from the original text (not normalised) and are
 * trimmed rather than cut through a surrogate pair.
 * Throws a RangeError when the range is not inside the text.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength = DEFAULT_CONTEXT_LENGTH,
): RangeSelectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
    throw new RangeError(`range [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd--;

  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
