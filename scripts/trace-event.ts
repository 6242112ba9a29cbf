// One event of a Chromium trace (CDP Tracing.dataCollected), as the A/B scripts read them
// (scripts/popup-ab.ts, scripts/bench-cpu-ab.ts).
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: without the time the thread was descheduled, which a busy machine adds to `dur`. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string } };
}
