/**
 * The titles the user gave documents (a rename is stored apart from the document, as
 * `documentState.customTitle`), which search indexes and shows instead of the parsed title. Its
 * own small module: the search worker's first script (`read-start-direct.ts`) reads them too.
 */
import type { DocumentStateRow } from '../../data/db';

/** The titles the user gave documents, by document id. */
export type CustomTitles = ReadonlyMap<string, string>;

/** The renamed documents' titles among these rows (no title, or an empty one: not renamed). */
export function customTitlesOf(states: readonly Pick<DocumentStateRow, 'docId' | 'customTitle'>[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const state of states) if (typeof state.customTitle === 'string' && state.customTitle !== '') titles.set(state.docId, state.customTitle);
  return titles;
}
