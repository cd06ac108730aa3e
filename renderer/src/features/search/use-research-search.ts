import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { ItemKind } from '../../core/search/research-items';
import type { FromSearchWorker, IndexStatus, ResultGroups, SearchFilters, ToSearchWorker } from './search-messages';
import { takeSearchWorker, type TakenWorker } from './search-worker-client';

/** The latest answer, with what it answers. */
export interface SearchAnswer {
  seq: number;
  query: string;
  filters: SearchFilters;
  /** The kinds listed in full (their "Show all" chosen), not only their first page. */
  full: readonly ItemKind[];
  results: ResultGroups;
}

/** What the search shows; a new object whenever a part of it changes. */
export interface SearchState {
  status: IndexStatus;
  answer: SearchAnswer | null;
  /** Every tag the user has given a highlight, for the tag filter. */
  tags: readonly string[];
}

/**
 * The search, one object for the app's life: its state is read by the search box alone
 * (`useSearchState`), so an answer redraws the search box, not the app around it.
 */
export interface ResearchSearch {
  getState: () => SearchState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Sends a query, listing the kinds in `full` in full and the others' first page; answers to
   * older ones are never shown after it. `onAnswer` is called with its results if it is still
   * the latest query when they come. Returns the query's number (`SearchAnswer.seq` of its answer;
   * each query's is higher than the one before).
   */
  search: (query: string, filters: SearchFilters, full: readonly ItemKind[], onAnswer?: (results: ResultGroups) => void) => number;
}

/**
 * The search worker (started as the page starts and given the bundled corpus there, see
 * `search-worker-client.ts`), and its latest answer and status. Typing never waits: each query
 * is posted at once (before the worker's start, it waits there) and only the newest answer counts.
 */
export function useResearchSearch(): ResearchSearch {
  const workerRef = useRef<Worker | null>(null);
  const seqRef = useRef(0);
  const [store] = useState(createStore);
  // A query sent before the worker existed, sent as soon as it does.
  const waitingRef = useRef<ToSearchWorker | null>(null);
  const onAnswerRef = useRef<{ seq: number; call: (results: ResultGroups) => void } | null>(null);

  useEffect(() => {
    const setStatus = (status: IndexStatus) => store.update({ status });
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
      else if (message.type === 'tags') store.update({ tags: message.tags });
      else if (message.seq === seqRef.current) {
        store.update({ answer: { seq: message.seq, query: message.query, filters: message.filters, full: message.full, results: message.results } });
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
    if (waitingRef.current) worker.postMessage(waitingRef.current);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [store]);

  const search = useCallback((query: string, filters: SearchFilters, full: readonly ItemKind[], onAnswer?: (results: ResultGroups) => void) => {
    const message: ToSearchWorker = { type: 'query', seq: ++seqRef.current, query, filters, full };
    waitingRef.current = message;
    onAnswerRef.current = onAnswer ? { seq: message.seq, call: onAnswer } : null;
    workerRef.current?.postMessage(message);
    return message.seq;
  }, []);

  return useMemo(() => ({ getState: store.getState, subscribe: store.subscribe, search }), [store, search]);
}

/** The search's state, read where it is shown (a render whenever it changes). */
export function useSearchState(search: ResearchSearch): SearchState {
  return useSyncExternalStore(search.subscribe, search.getState);
}

function createStore() {
  let state: SearchState = { status: { state: 'loading' }, answer: null, tags: [] };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change: Partial<SearchState>) => {
      state = { ...state, ...change };
      listeners.forEach((listener) => listener());
    },
  };
}
