/**
 * A message in the English catalogue as a plain string: for tests, logs and benchmarks that read a
 * pure module's message outside the interface. The interface formats messages with react-intl.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Message } from '../core/message';
import { CATALOGUES } from './catalogues';

export function inEnglish(message: Message): string {
  return String(new IntlMessageFormat(CATALOGUES.en[message.id], 'en').format(message.values));
}
