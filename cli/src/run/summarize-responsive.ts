/**
 * Summarizes a finished run so that Ctrl-C is answered within a second whatever its size. A
 * signal handler runs only when the main thread is free, and the summary is one synchronous
 * computation: about a second per 200 runs, minutes for tens of thousands. Small runs
 * are summarized on the main thread (no worker to start, outputs as before); large ones on a
 * worker thread while the main thread waits, free to answer Ctrl-C.
 */
import type { RunResult } from "@resilab/sim-core";
import { SummaryCollector } from "../parallel/summary-collector";
import { checkpoint } from "./checkpoint";
import { type Plan, type Summary, summarizePlan } from "./summarize-plan";

/**
 * Runs from which the summary moves to a worker thread. Measured here: summarizing 2,000 runs of
 * single-controller (1 day) took 87 s on 2 cores at load average 17.6, i.e. roughly 5 ms of CPU
 * per run, so about 200 runs take a second of an idle core. Below that the main thread answers
 * Ctrl-C within a second anyway and a worker (about half a second to start with the TypeScript
 * loader) would only slow the run; the library's comparisons (5 × 30 = 150 runs) stay here.
 */
export const OFF_THREAD_SUMMARY_RUNS = 200;

/** The summary of `runs`, answering `signal` (Ctrl-C) before, during and after. */
export async function summarizeResponsive(
  plan: Plan,
  runs: readonly RunResult[],
  signal: AbortSignal | undefined,
  offThreadFrom: number = OFF_THREAD_SUMMARY_RUNS,
): Promise<Summary> {
  await checkpoint(signal);
  let summary: Summary;
  if (runs.length >= offThreadFrom) {
    const collector = new SummaryCollector(signal);
    try {
      for (const [index, run] of runs.entries()) collector.add(index, run);
      summary = await collector.summarize(plan, runs.length);
    } finally {
      await collector.close();
    }
  } else {
    summary = summarizePlan(plan, [...runs]);
  }
  await checkpoint(signal);
  return summary;
}
