/**
 * A message as pure modules give it: an id in the catalogues and the values it needs, never a
 * sentence. The UI formats it in the interface language when it shows it, so a reason made in a
 * worker, or kept for later, is read in the language the user has then.
 */
import type { MessageId } from '../i18n/catalogues';

export interface Message {
  id: MessageId;
  values?: Record<string, string | number>;
}
