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
import { type Plan, planTasks, type Summary, summarizePlan } from "./summarize-plan";
import { OFF_THREAD_SUMMARY_RUNS, summarizeResponsive } from "./summarize-responsive";

export { type Plan, planTasks, summarizePlan };

/** How to run it. */
export interface ExecuteOptions {
  workers: number;
  shard: Shard | null;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** A finished run: the result document, or one shard's file. */
export type Outcome = Summary | { kind: "shard"; file: ShardFile };

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
    // Large: each run goes straight to the summary worker; this thread keeps none of them.
    const collector = new SummaryCollector(options.signal);
    try {
      await streamTasksInPool(plan, selected, poolOptions, (run, index) => collector.add(index, run));
      await checkpoint(options.signal);
      const summary = await collector.summarize(plan, selected.length);
      await checkpoint(options.signal);
      return summary;
    } finally {
      await collector.close();
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
