/**
 * A book's details as the reader shows them: which identifier is an ISBN, which date is a day
 * the calendar can show. Pure: strings in, data out; the component words and formats them.
 */

export type StatedDate = { kind: 'day'; date: Date } | { kind: 'text'; text: string };

export type BookIdentifier = { kind: 'isbn'; value: string } | { kind: 'other'; value: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/**
 * A stated date: a day (`2022-05-01`, or a timestamp on it) as a Date at midnight UTC, to be
 * shown in the user's calendar; anything else (a year alone, `1425 هـ`) as the text it is, since a
 * year converted to another calendar would straddle two.
 *
 * @param text the date as the book states it.
 */
export function readStatedDate(text: string): StatedDate {
  const match = DAY.exec(text.trim());
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { kind: 'day', date };
  }
  return { kind: 'text', text: text.trim() };
}

/**
 * An identifier worth showing: an ISBN (with or without `urn:isbn:`, ten or thirteen digits, the
 * last of ten may be X) without its prefix, or any other stated identifier as it is; null for a
 * generated UUID (`urn:uuid:…`), which means nothing to a reader.
 *
 * @param text the identifier as the book states it.
 */
export function readIdentifier(text: string): BookIdentifier | null {
  const value = text.trim();
  if (value === '' || /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return null;
  const isbn = value.replace(/^(urn:)?isbn:?\s*/i, '');
  const digits = isbn.replace(/[\s-]/g, '');
  if (/^(\d{9}[\dX]|\d{13})$/i.test(digits)) return { kind: 'isbn', value: isbn };
  return { kind: 'other', value };
}
