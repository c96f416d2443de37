/**
 * Runs jobs on worker threads and returns their results in job order, whatever order they
 * finish in, so `--workers 1` and `--workers 8` give byte-identical results. Workers run the
 * TypeScript sources through tsx (no build step), with the same export conditions as the CLI.
 */
import { setMaxListeners } from "node:events";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { RunResult, RunTask } from "@resilab/sim-core";
import { Piscina } from "piscina";
import { InterruptedError } from "../errors";
import type { JobContext } from "./run-job";
import { unwrapReply, type WorkerReply } from "./worker-reply";

/** How to run a batch of jobs. */
export interface PoolOptions {
  /** Worker threads (≥ 1); capped at the number of jobs. */
  workers: number;
  /** Aborts the batch (Ctrl-C): pending jobs are dropped and the workers terminated. */
  signal?: AbortSignal;
  /** Called after each finished job with the count done so far. */
  onProgress?: (done: number, total: number) => void;
}

/** The worker module (task-worker.ts), for the pools here and the summary collector. */
export const WORKER_FILE = new URL("./task-worker.ts", import.meta.url).href;

/** Node flags for a worker: tsx's loader (resolved from here, so any cwd works) and our export condition. */
export function workerExecArgv(): string[] {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return ["--import", tsxLoader, "--conditions=@resilab/source"];
}

/**
 * Jobs in flight per worker thread. Jobs are handed to the pool a few at a time rather than all
 * at once: 50,000 queued jobs each holding an abort listener made Ctrl-C take half a minute, and
 * a bounded window keeps the main thread's memory independent of the job count.
 */
const IN_FLIGHT_PER_THREAD = 4;

/**
 * Calls the worker module's export `exportName` on every job, `workers` at a time; resolves with
 * the replies aligned with `jobs` (or hands each to `consume` as it arrives, keeping none). `workerData` is sent once to every worker. Ctrl-C rejects at
 * once with InterruptedError and terminates the workers.
 */
export async function runOrdered<Job, Reply>(
  jobs: readonly Job[],
  exportName: "default" | "validationCase",
  workerData: unknown,
  options: PoolOptions,
  consume?: (reply: Reply, index: number) => void | Promise<void>,
): Promise<Reply[]> {
  if (jobs.length === 0) return [];
  if (options.signal?.aborted) throw new InterruptedError();
  const threads = Math.max(1, Math.min(options.workers, jobs.length));
  const pool = new Piscina<Job, Reply>({
    filename: WORKER_FILE,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    execArgv: workerExecArgv(),
    workerData,
  });
  const abort = new AbortController();
  // The jobs in flight listen on this one signal; that is by design, not a leak.
  setMaxListeners(0, abort.signal);
  const onAbort = () => abort.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const replies: Reply[] = new Array<Reply>(jobs.length);
  const window = threads * IN_FLIGHT_PER_THREAD;
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let settled = false;
      const stop = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      abort.signal.addEventListener("abort", () => stop(new InterruptedError()), { once: true });
      const submit = () => {
        while (!settled && next < jobs.length && next - done < window) {
          const i = next++;
          pool.run(jobs[i]!, { signal: abort.signal, name: exportName }).then((reply) => {
            if (settled) return;
            const finished = () => {
              if (settled) return;
              done += 1;
              options.onProgress?.(done, jobs.length);
              if (done === jobs.length) {
                settled = true;
                resolve();
              } else submit();
            };
            if (consume === undefined) {
              replies[i] = reply;
              finished();
              return;
            }
            // A consumer that returns a promise holds the job's place in the window until it
            // settles: results are never produced faster than they are consumed (bounded memory).
            let consumed: void | Promise<void>;
            try {
              consumed = consume(reply, i);
            } catch (error) {
              stop(error);
              return;
            }
            if (consumed === undefined) finished();
            else consumed.then(finished, stop);
          }, stop);
        }
      };
      submit();
    });
    return replies;
  } catch (error) {
    abort.abort();
    if (options.signal?.aborted) throw new InterruptedError();
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await pool.destroy();
  }
}

/**
 * Runs `tasks` of `context` in parallel; resolves with the results aligned with `tasks`. With
 * `compactSamples` the workers drop the incident and pipeline samples of every replication but
 * the first, which the summaries never read (they keep replication 0's for the timelines): the
 * larger half of a run's size, so it neither crosses the thread boundary nor stays in memory.
 */
export async function runTasksInPool(
  context: JobContext,
  tasks: readonly RunTask[],
  options: PoolOptions & { compactSamples?: boolean },
): Promise<RunResult[]> {
  const { compactSamples = false, ...poolOptions } = options;
  const data = { ...context, compactSamples };
  const replies = await runOrdered<RunTask, WorkerReply>(tasks, "default", data, poolOptions);
  return replies.map(unwrapReply);
}

/**
 * Like `runTasksInPool`, but hands each result to `onResult` as it arrives (in any order) and
 * keeps none: for runs too many to hold (see summary-collector.ts). When `onResult` returns a
 * promise, no more than the pool's window of runs is simulated ahead of its settling.
 */
export async function streamTasksInPool(
  context: JobContext,
  tasks: readonly RunTask[],
  options: PoolOptions & { compactSamples?: boolean },
  onResult: (result: RunResult, index: number) => void | Promise<void>,
): Promise<void> {
  const { compactSamples = false, ...poolOptions } = options;
  const data = { ...context, compactSamples };
  await runOrdered<RunTask, WorkerReply>(tasks, "default", data, poolOptions, (reply, i) =>
    onResult(unwrapReply(reply), i),
  );
}
