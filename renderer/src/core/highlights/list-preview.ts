/**
 * What a highlights-list entry shows of its passage. The entry is clamped to three lines, but the
 * browser lays out all the text it is given first: a whole book highlighted at once (select-all,
 * H) put a megabyte of text into one entry and held the page for over a second after each change.
 * The start of the passage is enough to fill the clamped lines, however wide the panel.
 */
export const LIST_PREVIEW_CHARS = 600;

/** `text` cut after `max` UTF-16 units (never through a surrogate pair), with '…' when cut; `text` itself when short. */
export function listPreview(text: string, max = LIST_PREVIEW_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
