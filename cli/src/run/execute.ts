/**
 * Plans, runs (in parallel) and summarizes an experiment or a sweep — or, with a shard, runs
 * its share of the tasks and returns a shard file instead of a result.
 */
import { scenarioHash } from "@resilab/sim-core";
import type { Shard } from "../args/values";
import { runsDigest, SHARD_FORMAT, type ShardFile, shardTasks } from "../parallel/shard";
import { SummaryCollector } from "../parallel/summary-collector";
import { runTasksInPool, streamTasksInPool } from "../parallel/worker-pool";
import { TOOL_VERSION } from "../tool-version";
import { checkpoint } from "./checkpoint";
import { createSpoolDir, removeSpool } from "./run-spool";
import { type Plan, planTasks, type Summary, summarizePlan } from "./summarize-plan";
import { OFF_THREAD_SUMMARY_RUNS, summarizeResponsive } from "./summarize-responsive";

export { type Plan, planTasks, summarizePlan };

/** How to run it. */
export interface ExecuteOptions {
  workers: number;
  shard: Shard | null;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Collect the per-replication values `check` compares (long experiments: see streaming-summary.ts). */
  gateValues?: boolean;
}

/** A finished run: the result document, or one shard's file. */
export type Outcome = Summary | { kind: "shard"; file: ShardFile };

/** Removes what an outcome keeps on disk (a long experiment's spool), once its outputs are written. */
export function disposeOutcome(outcome: Outcome): void {
  if (outcome.kind === "experiment" && outcome.spool !== undefined) removeSpool(outcome.spool.dir);
}

/** Runs the plan (or one shard of it) on worker threads. */
export async function execute(plan: Plan, options: ExecuteOptions): Promise<Outcome> {
  const tasks = planTasks(plan);
  const selected = options.shard === null ? tasks : shardTasks(tasks, options.shard);
  const poolOptions = {
    workers: options.workers,
    compactSamples: true,
    ...(options.signal && { signal: options.signal }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  };
  if (options.shard === null && selected.length >= OFF_THREAD_SUMMARY_RUNS) {
    // Large: each run goes straight to the summary worker; this thread keeps none of them. An
    // experiment is summarized there as it runs, its runs spooled to disk (the caller removes
    // the spool with `disposeOutcome` once the outputs are written).
    const collector = new SummaryCollector(options.signal);
    const spoolDir = plan.sweep === null ? createSpoolDir() : null;
    let done = false;
    try {
      if (spoolDir !== null) {
        const gateValues = options.gateValues ?? false;
        await collector.startStreaming({ plan, count: selected.length, spoolDir, gateValues });
      }
      await streamTasksInPool(plan, selected, poolOptions, (run, index) => collector.add(index, run));
      await checkpoint(options.signal);
      const summary = await collector.summarize(plan, selected.length);
      await checkpoint(options.signal);
      done = true;
      return summary;
    } finally {
      await collector.close();
      if (!done && spoolDir !== null) removeSpool(spoolDir);
    }
  }
  const runs = await runTasksInPool(plan, selected, poolOptions);
  await checkpoint(options.signal);
  if (options.shard === null) return summarizeResponsive(plan, runs, options.signal);
  const shardRuns = selected.map((task, i) => ({ index: task.index, result: runs[i]! }));
  return {
    kind: "shard",
    file: {
      format: SHARD_FORMAT,
      schemaVersion: 1,
      tool: { name: "resilab", version: TOOL_VERSION },
      scenarioHash: scenarioHash(plan.scenario),
      seed: plan.scenario.seed,
      scenario: plan.scenario,
      sweep: plan.sweep,
      shard: options.shard,
      taskCount: tasks.length,
      runsDigest: runsDigest(shardRuns),
      runs: shardRuns,
    },
  };
}
