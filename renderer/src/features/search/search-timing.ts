/**
 * The search's start, phase by phase, on the worker's performance timeline (`search:<phase>`
 * marks: worker-started, saved-row-read, document-rows-read, record-keys-read, stored-read,
 * index-opened, ready (the bundled corpus placed), first-answer, caught-up, texts-read), for the
 * search benchmark (scripts/bench/search-browser.ts) to read. Each phase is marked once, the first time.
 */
const marked = new Set<string>();

export function markStartPhase(phase: string): void {
  if (marked.has(phase)) return;
  marked.add(phase);
  performance.mark(`search:${phase}`);
}
