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

const WORKER_FILE = new URL("./task-worker.ts", import.meta.url).href;

/** Node flags for a worker: tsx's loader (resolved from here, so any cwd works) and our export condition. */
function workerExecArgv(): string[] {
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return ["--import", tsxLoader, "--conditions=@resilab/source"];
}

/**
 * Calls the worker module's export `exportName` on every job, `workers` at a time; resolves with
 * the replies aligned with `jobs`. `workerData` is sent once to every worker.
 */
export async function runOrdered<Job, Reply>(
  jobs: readonly Job[],
  exportName: "default" | "validationCase",
  workerData: unknown,
  options: PoolOptions,
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
  // Every queued job listens on this one signal; that is by design, not a leak.
  setMaxListeners(0, abort.signal);
  const onAbort = () => abort.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let done = 0;
  try {
    return await Promise.all(
      jobs.map(async (job) => {
        const reply = await pool.run(job, { signal: abort.signal, name: exportName });
        done += 1;
        options.onProgress?.(done, jobs.length);
        return reply;
      }),
    );
  } catch (error) {
    abort.abort();
    if (options.signal?.aborted) throw new InterruptedError();
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    await pool.destroy();
  }
}

/** Runs `tasks` of `context` in parallel; resolves with the results aligned with `tasks`. */
export async function runTasksInPool(
  context: JobContext,
  tasks: readonly RunTask[],
  options: PoolOptions,
): Promise<RunResult[]> {
  const replies = await runOrdered<RunTask, WorkerReply>(tasks, "default", context, options);
  return replies.map(unwrapReply);
}
