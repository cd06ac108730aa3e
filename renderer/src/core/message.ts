/**
 * A message as pure modules give it: an id in the catalogues and the values it needs, never a
 * sentence. The UI formats it in the interface language when it shows it, so a reason made in a
 * worker, or kept for later, is read in the language the user has then.
 *
 * A value may itself be a message (a problem inside a refusal), or a list of them: the UI words
 * each in the same language, a list joined with the language's group separator.
 */
import type { MessageId } from '../i18n/catalogues';

export type MessageValue = string | number | Message | readonly Message[];

export interface Message {
  id: MessageId;
  values?: Readonly<Record<string, MessageValue>>;
}

/** Whether a value is a nested message (or a list of them) rather than text or a number. */
export function isNestedMessage(value: MessageValue): value is Message | readonly Message[] {
  return typeof value === 'object';
}
