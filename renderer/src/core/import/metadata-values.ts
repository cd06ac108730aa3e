/**
 * Reads loosely typed metadata (YAML frontmatter, HTML meta tags) into a document's fields. A
 * value that cannot be read becomes null or is left out: bad metadata never fails an import.
 */

// `2024-05-01`, `2024-05-01T10:20`, `2024-05-01 10:20:30.5+02:00`, `2024-05-01T10:20:30Z`.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MAX_TEXT_CHARS = 500;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A publication date as ISO 8601, or null. Strings are kept as written when they already are ISO
 * dates (a space before the time becomes "T"); free-form dates such as "May 1" are not guessed at,
 * because reading them depends on the reader's locale and time zone. A Date (as some YAML
 * parsers produce) becomes `YYYY-MM-DD` at midnight UTC, a full timestamp otherwise.
 *
 * @param value a metadata value of any type.
 */
export function readIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds] = match.map(Number);
  if (!isRealDay(year ?? 0, month ?? 0, day ?? 0)) return null;
  if (match[4] !== undefined && ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59)) return null;
  return text.replace(' ', 'T');
}

/**
 * An http(s) address, or null. Anything else (`javascript:`, `data:`, a relative path) is dropped,
 * because the reader may show the address as a link.
 *
 * @param value a metadata value of any type.
 */
export function readHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A short piece of text (a title, an author, a site name) with its white space collapsed, or null
 * when it is empty. Numbers are read as text: a title may well be "1948".
 *
 * @param value a metadata value of any type.
 */
export function readText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, MAX_TEXT_CHARS);
}

/**
 * Names joined the way the names themselves are written: with an Arabic comma when any of them is
 * Arabic, so that "فلان، علان" does not read "فلان, علان".
 *
 * @param value one name, or a list of names.
 */
export function readNames(value: unknown): string | null {
  const names = (Array.isArray(value) ? value : [value]).map(readText).filter((name): name is string => name !== null);
  if (names.length === 0) return null;
  return names.join(names.some((name) => /\p{Script=Arabic}/u.test(name)) ? '، ' : ', ');
}

/**
 * Tags from a list, or from one string separated by commas (Latin or Arabic); each tag once.
 *
 * @param value a list of tags, or a comma-separated string.
 */
export function readTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,،]/) : [];
  const tags = items.map(readText).filter((tag): tag is string => tag !== null);
  return [...new Set(tags)];
}
