/**
 * The job worker's logic, apart from the worker global so it can be tested in Node: runs one
 * job at a time on a task pool and answers with throttled progress and every picture (with
 * replication 0's runs only), and keeps each kind's last final result for the exports.
 */

import type { ExperimentResult, SweepResult } from "@resilab/sim-core";
import type { EndpointFactory } from "./endpoint";
import { type JobPicture, type JobReply, type JobRequest, PROGRESS_INTERVAL_MS } from "./job-protocol";
import { type ExportKind, exportText, shownExperiment, shownSweep } from "./result-export";
import { type StreamCallbacks, streamExperiment, streamSweep } from "./stream";
import { type PoolRun, TaskPool } from "./task-pool";

/** Runs above which a job's pictures are spaced a second apart (the lab's "heavy" threshold). */
export const HEAVY_JOB_RUNS = 2000;

/** Creates the handler of the job worker's messages; `post` sends a reply to the page. */
export function createJobHost(
  factory: EndpointFactory,
  post: (reply: JobReply) => void,
  now: () => number = () => performance.now(),
): (request: JobRequest) => void {
  let pool: TaskPool | null = null;
  let current: { job: number; run: PoolRun } | null = null;
  const finals: Partial<Record<ExportKind, { job: number; result: ExperimentResult | SweepResult }>> = {};
  return (request) => {
    if (request.type === "export") {
      const final = finals[request.kind];
      const text = final === undefined ? null : exportText(final.result, request.kind, request.format);
      post({ type: "exported", request: request.request, job: final?.job ?? null, text });
      return;
    }
    if (request.type === "cancel") {
      if (current?.job === request.job) {
        current.run.cancel();
        current = null;
      }
      post({ type: "cancelled", job: request.job });
      return;
    }
    if (pool === null || pool.size !== request.workers) {
      pool?.dispose();
      pool = new TaskPool(factory, { size: request.workers });
    }
    current?.run.cancel();
    const { job } = request;
    let lastProgress = Number.NEGATIVE_INFINITY;
    const kind: ExportKind = request.sweep === null ? "experiment" : "sweep";
    const callbacks = <R extends ExperimentResult | SweepResult>(): StreamCallbacks<R> => ({
      onProgress(done, total) {
        const t = now();
        if (done < total && t - lastProgress < PROGRESS_INTERVAL_MS) return;
        lastProgress = t;
        post({ type: "progress", job, done, total });
      },
      onPicture(picture) {
        if (picture.final) finals[kind] = { job, result: picture.result };
        const result =
          kind === "experiment"
            ? shownExperiment(picture.result as ExperimentResult)
            : shownSweep(picture.result as SweepResult);
        post({ type: "picture", job, picture: { ...picture, result } as JobPicture });
      },
      onError: (failure) => post({ type: "error", job, failure }),
    });
    // A heavy job's intermediate pictures come at most once a second: each costs the page a render.
    const runs =
      request.scenario.topologies.length *
      request.scenario.replications *
      (request.sweep?.values.length ?? 1);
    const options = { minIntervalMs: runs > HEAVY_JOB_RUNS ? 1000 : 250 };
    const run =
      request.sweep === null
        ? streamExperiment(pool, request.scenario, callbacks<ExperimentResult>(), options)
        : streamSweep(pool, request.scenario, request.sweep, callbacks<SweepResult>(), options);
    current = { job, run };
  };
}
