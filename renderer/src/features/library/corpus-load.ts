/**
 * The bundled corpus, loaded once for the whole page: from main (desktop) or the web build's own
 * files. The app's `useCorpus` begins the load once the app has drawn (in the web build the
 * corpus is parsed on the page, which would hold up the first paint), and the search worker is
 * given it the moment it is loaded (`corpusLoaded`), not after the app has drawn it.
 */
import type { CorpusEntry } from '../../core/corpus/corpus-types';
import { getApi } from '../../platform/get-api';

let loading: Promise<CorpusEntry[]> | null = null;
let loaded!: (entries: CorpusEntry[]) => void;
let failed!: (error: unknown) => void;

/** Settles with the load `loadCorpus` begins, whenever it is begun. */
export const corpusLoaded = new Promise<CorpusEntry[]>((resolve, reject) => {
  loaded = resolve;
  failed = reject;
});
corpusLoaded.catch(() => undefined); // met by whoever waits on it

/** Begins the load (once): the corpus's entries, each a document or why it could not be read. */
export function loadCorpus(): Promise<CorpusEntry[]> {
  if (!loading) {
    loading = getApi().then((api) => api.listCorpus());
    loading.then(loaded, failed);
  }
  return loading;
}
