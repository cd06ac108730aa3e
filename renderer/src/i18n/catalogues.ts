/**
 * The message catalogues, one plain JSON file per language (ids to ICU MessageFormat), shared by
 * the renderer and main. A third language is one more file here and one more entry in LANGUAGES.
 */
import ar from './messages/ar.json';
import en from './messages/en.json';
import type { Language } from './languages';

/** Every message id; English is the reference catalogue, and a test checks Arabic has the same ids. */
export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;

export const CATALOGUES: Record<Language, Catalogue> = { en, ar };
