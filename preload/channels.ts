/**
 * IPC channel names, `feature:action`. Kept apart from the schemas in api-contract.ts so the
 * sandboxed preload can import them without pulling zod into its bundle.
 */
export const Channels = {
  corpusList: 'corpus:list',
  fileSave: 'file:save',
  filesSave: 'file:save-many',
  originalSave: 'file:save-original',
  interfaceLanguage: 'ui:set-language',
  pdfSave: 'file:save-pdf',
  /** main → page: a menu item the page carries out (Save as PDF…). */
  menuCommand: 'menu:command',
} as const;

export type Channel = (typeof Channels)[keyof typeof Channels];
