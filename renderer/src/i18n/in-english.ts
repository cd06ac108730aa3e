/**
 * A message in the English catalogue as a plain string: for tests, logs and benchmarks that read a
 * pure module's message outside the interface. The interface formats messages with react-intl.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Message } from '../core/message';
import { CATALOGUES } from './catalogues';
import { wordMessage } from './word-message';

export function inEnglish(message: Message): string {
  return wordMessage(message, (id, values) => String(new IntlMessageFormat(CATALOGUES.en[id], 'en').format(values)));
}
