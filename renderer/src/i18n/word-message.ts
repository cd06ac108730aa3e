/**
 * A message with nested messages (core/message.ts) worded as one string: each nested message is
 * worded first, in the same language, and a list of them is joined with the language's group
 * separator ("; " / "؛ "). For sentences built outside React (toasts, logs, tests); components use
 * FormattedReason, which isolates names as elements.
 */
import type { Message, MessageValue } from '../core/message';
import type { MessageId } from './catalogues';

/** Formats one catalogue message with plain values: `intl.formatMessage` or an IntlMessageFormat. */
export type FormatPlain = (id: MessageId, values?: Record<string, string | number>) => string;

/**
 * The values that are names (files, parts of a book, rows, fields) or another program's words (an
 * error's text): isolated wherever they are shown, so they never reorder the sentence around them.
 * Other text values choose a branch of the message (`select`) and are never wrapped.
 */
const ISOLATED = new Set(['file', 'part', 'detail', 'details', 'reason', 'key', 'field', 'fields', 'value', 'title', 'type']);

export function isIsolatedValue(key: string): boolean {
  return ISOLATED.has(key);
}

/** What a name becomes inside the sentence (wrapped in isolation marks in a right-to-left language, say). */
export type Isolate = (text: string) => string;

const asIs: Isolate = (text) => text;

function wordValue(key: string, value: MessageValue, format: FormatPlain, isolate: Isolate): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return ISOLATED.has(key) ? isolate(value) : value;
  if (Array.isArray(value)) return (value as readonly Message[]).map((item) => wordMessage(item, format, isolate)).join(format('common.groupSeparator'));
  return wordMessage(value as Message, format, isolate);
}

/** The message as a sentence: nested messages worded with the same `format`, names passed through `isolate`. */
export function wordMessage(message: Message, format: FormatPlain, isolate: Isolate = asIs): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(message.values ?? {})) values[key] = wordValue(key, value, format, isolate);
  return format(message.id, values);
}
