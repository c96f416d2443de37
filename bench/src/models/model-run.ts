/** One benchmark run of one model, as printed (one JSON object per line with --json). */
export interface ModelRun {
  /** `hold`, `mmc` or `mmc-fail`. */
  model: string;
  /** `resilab` or `simpy`. */
  engine: string;
  /** Kernel events processed. */
  events: number;
  /** Jobs completed (queueing models only). */
  jobs?: number;
  /** Wall-clock seconds of the simulation run. */
  seconds: number;
  eventsPerSecond: number;
  jobsPerSecond?: number;
  /** Simulated time at the end, in seconds. */
  simulatedSeconds: number;
  /** Mean wait in the line buffer (s): completion − arrival − service demand, after warm-up. */
  meanWait?: number;
  /** Half-width of its 95 % interval from 20 batch means. */
  meanWaitHalfWidth?: number;
  /** Erlang C mean wait for the model without failures (s). */
  erlangCWait?: number;
  /** Executor failures, and jobs handed back to the head of the line by them. */
  failures?: number;
  requeued?: number;
  /** Event-sequence fingerprint (ours only). */
  fingerprint?: string;
  /** Peak resident set size of the process that ran it (MB). */
  peakRssMB: number;
  /** fleet-year: pipelines triggered, incidents, and the faults-off twin's wall time and its ratio to the faulted run. */
  pipelines?: number;
  incidents?: number;
  twinSeconds?: number;
  twinRatio?: number;
}
