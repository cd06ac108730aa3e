/** Chromium trace events as the benchmarks' trace readers use them, and the threads they look at. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** The page's main thread, as the trace names it. */
export const MAIN_THREAD = 'CrRendererMain';
/** A dedicated worker's thread (the search worker's), as the trace names it. */
export const WORKER_THREAD = 'DedicatedWorker thread';
