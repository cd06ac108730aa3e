import type { MessageId } from '../../i18n/catalogues';

/** The message the user reads when a part of the window could not be shown, per part. */
export const ERROR_AREAS = {
  app: 'errors.app',
  library: 'errors.library',
  reader: 'errors.reader',
  sidePanel: 'errors.sidePanel',
} as const satisfies Record<string, MessageId>;

export type ErrorArea = keyof typeof ERROR_AREAS;
