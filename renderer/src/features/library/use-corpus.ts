import { useEffect, useState } from 'react';
import type { CorpusEntry } from '../../core/corpus/corpus-types';
import type { Message } from '../../core/message';
import { loadCorpus } from './corpus-load';

export type CorpusState = { status: 'loading' } | { status: 'ready'; entries: CorpusEntry[] } | { status: 'failed'; message: Message };

/** The bundled corpus, loaded once (`corpus-load.ts`), from main (desktop) or the web build's own files. */
export function useCorpus(): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadCorpus().then(
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
