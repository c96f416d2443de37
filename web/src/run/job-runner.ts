/**
 * How the lab starts jobs: on the page's thread with a task pool (unit tests, a browser without
 * workers), or through the job worker, which keeps merging and summarizing off the page. The
 * worker runner answers Cancel at once: replies of a cancelled job are dropped, and a job worker
 * that does not confirm within `STUCK_AFTER_MS` (busy summarizing a huge job) is terminated with
 * its simulation workers and replaced.
 */
import type { ExperimentResult, Scenario, SweepResult, SweepSpec } from "@resilab/sim-core";
import type { JobReply, JobRequest } from "./job-protocol";
import { type ExportFormat, type ExportKind, exportText, shownExperiment, shownSweep } from "./result-export";
import { type StreamCallbacks, streamExperiment, streamSweep } from "./stream";
import type { PoolRun, TaskPool } from "./task-pool";

/** How long a job worker may take to confirm a cancel before it is replaced (ms). */
export const STUCK_AFTER_MS = 500;

/** Starts jobs; starting one cancels the one before. */
export interface JobRunner {
  experiment(scenario: Scenario, callbacks: StreamCallbacks<ExperimentResult>): PoolRun;
  sweep(scenario: Scenario, spec: SweepSpec, callbacks: StreamCallbacks<SweepResult>): PoolRun;
  /**
   * The export of the last finished job of `kind`, from its full result; null when none has
   * finished (or its job worker was replaced since). `job` says which job it is of.
   */
  exportFinal(kind: ExportKind, format: ExportFormat): Promise<{ job: number; text: string } | null>;
  dispose(): void;
}

/** Callbacks that keep the final result of each kind and pass on the pictures as the page shows them. */
function keepingFinal<R extends ExperimentResult | SweepResult>(
  kind: ExportKind,
  job: () => number,
  finals: Partial<Record<ExportKind, { job: number; result: ExperimentResult | SweepResult }>>,
  callbacks: StreamCallbacks<R>,
): StreamCallbacks<R> {
  return {
    ...callbacks,
    onPicture(picture) {
      if (picture.final) finals[kind] = { job: job(), result: picture.result };
      const result =
        kind === "experiment"
          ? shownExperiment(picture.result as ExperimentResult)
          : shownSweep(picture.result as SweepResult);
      callbacks.onPicture({ ...picture, result: result as R });
    },
  };
}

/** Runs jobs on `pool` in this thread. */
export function localJobRunner(pool: TaskPool): JobRunner {
  const finals: Partial<Record<ExportKind, { job: number; result: ExperimentResult | SweepResult }>> = {};
  return {
    // The job number is read when the final picture arrives, after `run` is assigned.
    experiment(scenario, callbacks) {
      const run: PoolRun = streamExperiment(
        pool,
        scenario,
        keepingFinal("experiment", () => run.job, finals, callbacks),
      );
      return run;
    },
    sweep(scenario, spec, callbacks) {
      const run: PoolRun = streamSweep(
        pool,
        scenario,
        spec,
        keepingFinal("sweep", () => run.job, finals, callbacks),
      );
      return run;
    },
    async exportFinal(kind, format) {
      const final = finals[kind];
      return final === undefined ? null : { job: final.job, text: exportText(final.result, kind, format) };
    },
    dispose: () => pool.dispose(),
  };
}

/** The page's side of a job worker: what it needs from `Worker`. */
export interface JobPort {
  post(request: JobRequest): void;
  terminate(): void;
}

/** Creates a job worker whose replies go to `onReply` and crashes to `onCrash`. */
export type JobPortFactory = (
  onReply: (reply: JobReply) => void,
  onCrash: (message: string) => void,
) => JobPort;

/** Runs jobs in a job worker made by `factory`, with `workers` simulation workers. */
export function workerJobRunner(factory: JobPortFactory, workers: number): JobRunner {
  let port: JobPort | null = null;
  let counter = 0;
  let active: { job: number; start: JobRequest; callbacks: StreamCallbacks<never> } | null = null;
  let stuckTimer: ReturnType<typeof setTimeout> | null = null;
  const pendingCancels = new Set<number>();
  let exportCounter = 0;
  const exports = new Map<number, (answer: { job: number; text: string } | null) => void>();

  const connect = (): JobPort => {
    const created = factory(
      (reply) => {
        if (port !== created) return;
        if (reply.type === "exported") {
          const answer = exports.get(reply.request);
          exports.delete(reply.request);
          answer?.(reply.job === null || reply.text === null ? null : { job: reply.job, text: reply.text });
          return;
        }
        if (reply.type === "cancelled") {
          pendingCancels.delete(reply.job);
          if (pendingCancels.size === 0 && stuckTimer !== null) {
            clearTimeout(stuckTimer);
            stuckTimer = null;
          }
          return;
        }
        if (active === null || reply.job !== active.job) return;
        const callbacks = active.callbacks as StreamCallbacks<unknown>;
        if (reply.type === "progress") callbacks.onProgress?.(reply.done, reply.total);
        else if (reply.type === "picture") {
          if (reply.picture.final) active = null;
          callbacks.onPicture(reply.picture);
        } else {
          active = null;
          callbacks.onError(reply.failure);
        }
      },
      (message) => {
        if (port !== created) return;
        replace();
        if (active !== null) {
          const callbacks = active.callbacks as StreamCallbacks<unknown>;
          active = null;
          callbacks.onError({ kind: "defect", message: `the job worker crashed: ${message}`, task: null });
        }
      },
    );
    port = created;
    return created;
  };
  // Terminating the job worker ends its simulation workers too; the job in flight, if any,
  // starts again on a fresh one.
  const replace = () => {
    port?.terminate();
    port = null;
    // The finished results went with the worker: pending exports have nothing to export.
    for (const answer of exports.values()) answer(null);
    exports.clear();
    pendingCancels.clear();
    if (stuckTimer !== null) clearTimeout(stuckTimer);
    stuckTimer = null;
  };
  const cancel = (job: number) => {
    if (active?.job !== job) return;
    active = null;
    if (port === null) return;
    pendingCancels.add(job);
    port.post({ type: "cancel", job });
    stuckTimer ??= setTimeout(() => {
      stuckTimer = null;
      if (pendingCancels.size === 0) return;
      replace();
      if (active !== null) connect().post(active.start);
    }, STUCK_AFTER_MS);
  };
  const start = (scenario: Scenario, sweep: SweepSpec | null, callbacks: StreamCallbacks<never>): PoolRun => {
    if (active !== null) cancel(active.job);
    const job = ++counter;
    const request: JobRequest = { type: "start", job, scenario, sweep, workers };
    active = { job, start: request, callbacks };
    (port ?? connect()).post(request);
    return { job, cancel: () => cancel(job) };
  };
  return {
    experiment: (scenario, callbacks) => start(scenario, null, callbacks as StreamCallbacks<never>),
    sweep: (scenario, spec, callbacks) => start(scenario, spec, callbacks as StreamCallbacks<never>),
    exportFinal(kind, format) {
      if (port === null) return Promise.resolve(null);
      const request = ++exportCounter;
      const answered = new Promise<{ job: number; text: string } | null>((resolve) =>
        exports.set(request, resolve),
      );
      port.post({ type: "export", request, kind, format });
      return answered;
    },
    dispose() {
      if (active !== null) cancel(active.job);
      replace();
    },
  };
}

/** A job worker in the browser (an ES-module worker bundled by Vite). */
export function browserJobPort(
  onReply: (reply: JobReply) => void,
  onCrash: (message: string) => void,
): JobPort {
  const worker = new Worker(new URL("./job.worker.ts", import.meta.url), {
    type: "module",
    name: "resilab-job",
  });
  worker.onmessage = (event: MessageEvent<JobReply>) => onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onCrash(event.message || "the worker stopped with an error");
  };
  worker.onmessageerror = () => onCrash("a reply could not be read");
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}
