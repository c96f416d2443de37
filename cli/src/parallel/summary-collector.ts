/**
 * A worker thread that receives the runs of a large experiment as they finish and summarizes
 * them at the end. The main thread forwards each run and keeps none, so it holds no copy of the
 * runs (peak memory stays that of one copy), and it stays free during the summary (seconds to
 * minutes for tens of thousands of runs) to answer Ctrl-C within a second.
 */
import { setMaxListeners } from "node:events";
import type { RunResult } from "@resilab/sim-core";
import { Piscina } from "piscina";
import { InterruptedError } from "../errors";
import type { StreamingSummaryJob } from "../run/streaming-summary";
import type { Plan, Summary } from "../run/summarize-plan";
import { WORKER_FILE, workerExecArgv } from "./worker-pool";
import { type ExpectedError, rebuildError } from "./worker-reply";

type SummaryReply = { ok: true; summary: Summary } | { ok: false; error: ExpectedError };

/** Collects runs on one worker thread, then summarizes them there. Close it in a `finally`. */
export class SummaryCollector {
  private readonly pool: Piscina;
  private readonly abort = new AbortController();
  /** Hand-overs not settled yet (settled ones are dropped: 50,000 runs are 50,000 promises). */
  private readonly forwarded = new Set<Promise<unknown>>();
  /** The first hand-over that failed, rethrown by `summarize`. */
  private failed: { error: unknown } | null = null;
  private readonly signal: AbortSignal | undefined;
  private readonly onAbort = () => this.abort.abort();

  constructor(signal: AbortSignal | undefined) {
    this.signal = signal;
    // One thread: every `collect` lands in the same worker's memory as the final summary.
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: 1,
      maxThreads: 1,
      idleTimeout: 3_600_000,
      execArgv: workerExecArgv(),
    });
    // Every forwarded run's task listens on this one signal until the worker took it: by design.
    setMaxListeners(0, this.abort.signal);
    signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  /**
   * Makes the worker summarize the runs as they come (in task order) instead of holding them:
   * call before the first `add` (the single worker takes its tasks in order).
   */
  async startStreaming(job: StreamingSummaryJob): Promise<void> {
    await this.pool.run(job, { name: "startStreaming", signal: this.abort.signal });
  }

  /**
   * Hands the run of task `index` over to the worker; settles once the worker has taken it, so
   * that a caller who waits never queues more runs than it has in flight (bounded memory). It
   * rejects when the worker failed on the run (a defect: the caller may stop early); the failure
   * is rethrown by `summarize` too, for callers who do not wait.
   */
  add(index: number, result: RunResult): Promise<void> {
    const sent = this.pool.run({ index, result }, { name: "collect", signal: this.abort.signal });
    this.forwarded.add(sent);
    const taken = sent.then(
      () => {
        this.forwarded.delete(sent);
      },
      (error: unknown) => {
        this.forwarded.delete(sent);
        this.failed ??= { error };
        throw error;
      },
    );
    // An unobserved rejection must not end the process before `summarize` reports it.
    taken.catch(() => {});
    return taken;
  }

  /** The summary of the `count` runs handed over (task indices 0 … count − 1). */
  async summarize(plan: Plan, count: number): Promise<Summary> {
    try {
      await Promise.all(this.forwarded);
      if (this.failed !== null) throw this.failed.error;
      const reply = (await this.pool.run(
        { plan, count },
        { name: "summarizeCollected", signal: this.abort.signal },
      )) as SummaryReply;
      if (reply.ok) return reply.summary;
      throw rebuildError(reply.error);
    } catch (error) {
      if (this.signal?.aborted) throw new InterruptedError();
      throw error;
    }
  }

  /** Terminates the worker (and with it every run it holds). */
  async close(): Promise<void> {
    this.signal?.removeEventListener("abort", this.onAbort);
    this.abort.abort();
    await this.pool.destroy();
  }
}
