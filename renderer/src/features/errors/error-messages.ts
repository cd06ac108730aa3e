/** What the user reads when a part of the window could not be shown, per part. */
export const ERROR_AREAS = {
  app: 'Qira’a could not show this window. What you saved is safe: try again, or reload.',
  library: 'The library could not be shown. The reader and the notebook still work.',
  reader: 'This document could not be shown. Choose another one in the library, or try again.',
  sidePanel: 'This panel could not be shown. The reader and the library still work: try the other tab, or try again.',
} as const;

export type ErrorArea = keyof typeof ERROR_AREAS;

export const TRY_AGAIN = 'Try again';
export const DETAILS = 'Details';
