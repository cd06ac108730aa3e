import { useEffect, useState } from 'react';
import type { CorpusEntry } from '../../core/corpus/corpus-types';
import type { Message } from '../../core/message';
import { getApi } from '../../platform/get-api';

export type CorpusState = { status: 'loading' } | { status: 'ready'; entries: CorpusEntry[] } | { status: 'failed'; message: Message };

/** Loads the bundled corpus once, from main (desktop) or the web build's own files. */
export function useCorpus(): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    getApi()
      .then((api) => api.listCorpus())
      .then(
        (entries) => !cancelled && setState({ status: 'ready', entries }),
        (error: unknown) =>
          !cancelled && setState({ status: 'failed', message: { id: 'app.corpusFailed', values: { detail: error instanceof Error ? error.message : String(error) } } }),
      );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
