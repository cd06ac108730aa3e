import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CorpusDocument } from '../../core/corpus/corpus-types';
import type { FromSearchWorker, IndexStatus, ResultGroups, SearchFilters, ToSearchWorker } from './search-messages';
import type { SourceDocument } from './research-sources';
import { takeSearchWorker, type TakenWorker } from './search-worker-client';

/** The latest answer, with what it answers. */
export interface SearchAnswer {
  seq: number;
  query: string;
  filters: SearchFilters;
  results: ResultGroups;
}

export interface ResearchSearch {
  status: IndexStatus;
  answer: SearchAnswer | null;
  /** Every tag the user has given a highlight, for the tag filter. */
  tags: readonly string[];
  /**
   * Sends a query; answers to older ones are never shown after it. `onAnswer` is called with its
   * results if it is still the latest query when they come.
   */
  search: (query: string, filters: SearchFilters, onAnswer?: (results: ResultGroups) => void) => void;
}

const toSource = (doc: CorpusDocument): SourceDocument => ({
  id: doc.id,
  title: doc.title,
  text: doc.text,
  blocks: doc.blocks.map((b) => [b.kind, b.start, b.end] as const),
});

/**
 * The search worker (started as the app starts, see `search-worker-client.ts`), given the
 * bundled corpus once it is loaded, and its latest answer and status. Typing never waits: each
 * query is posted at once and only the newest answer counts.
 */
export function useResearchSearch(bundled: readonly CorpusDocument[] | null): ResearchSearch {
  const workerRef = useRef<Worker | null>(null);
  const seqRef = useRef(0);
  const [status, setStatus] = useState<IndexStatus>({ state: 'loading' });
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [tags, setTags] = useState<readonly string[]>([]);
  // A query sent before the worker existed, sent as soon as it does.
  const waitingRef = useRef<ToSearchWorker | null>(null);
  const onAnswerRef = useRef<{ seq: number; call: (results: ResultGroups) => void } | null>(null);

  useEffect(() => {
    if (!bundled) return;
    let taken: TakenWorker;
    try {
      taken = takeSearchWorker();
    } catch (error) {
      // Said in the search popover; the rest of the app works without it.
      queueMicrotask(() => setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) }));
      return;
    }
    const worker = taken.worker;
    workerRef.current = worker;
    const receive = (message: FromSearchWorker, live = true) => {
      // Each step of a build is drawn: one over a small library can end within the page's first
      // frames, and its progress would otherwise be folded into the next render, never shown.
      if (message.type === 'status' && live && message.status.state === 'building') flushSync(() => setStatus(message.status));
      else if (message.type === 'status') setStatus(message.status);
      else if (message.type === 'tags') setTags(message.tags);
      else if (message.seq === seqRef.current) {
        setAnswer({ seq: message.seq, query: message.query, filters: message.filters, results: message.results });
        const waiting = onAnswerRef.current;
        onAnswerRef.current = null;
        if (waiting?.seq === message.seq) waiting.call(message.results);
      }
    };
    const failed = (message: string) => setStatus({ state: 'failed', message: message || 'The search could not start.' });
    worker.onmessage = (event: MessageEvent<FromSearchWorker>) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      failed(event.message);
    };
    // What the worker started ahead of the app said before this took it over.
    taken.said.forEach((message) => receive(message, false));
    taken.errors.forEach(failed);
    worker.postMessage({ type: 'start', bundled: bundled.map(toSource) } satisfies ToSearchWorker);
    if (waitingRef.current) worker.postMessage(waitingRef.current);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [bundled]);

  const search = useCallback((query: string, filters: SearchFilters, onAnswer?: (results: ResultGroups) => void) => {
    const message: ToSearchWorker = { type: 'query', seq: ++seqRef.current, query, filters };
    waitingRef.current = message;
    onAnswerRef.current = onAnswer ? { seq: message.seq, call: onAnswer } : null;
    workerRef.current?.postMessage(message);
  }, []);

  return { status, answer, tags, search };
}
