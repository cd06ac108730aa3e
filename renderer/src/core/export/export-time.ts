/**
 * A stored time as ISO 8601 for an export, or null when no date can hold it. Backups refuse such
 * times, but a row stored before that check must not make the whole export fail.
 */
export function isoTime(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
