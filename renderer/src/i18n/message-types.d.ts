// Ties react-intl's message ids to the English catalogue: an id that is not in it fails the typecheck.
import type { MessageId } from './catalogues';

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
