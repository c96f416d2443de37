/**
 * Plans, runs (in parallel) and summarizes an experiment or a sweep — or, with a shard, runs
 * its share of the tasks and returns a shard file instead of a result.
 */
import {
  type ExperimentResult,
  planRuns,
  planSweep,
  type RunResult,
  type RunTask,
  type Scenario,
  type SweepResult,
  type SweepSpec,
  scenarioHash,
  summarizeExperiment,
  summarizeSweep,
} from "@resilab/sim-core";
import type { Shard } from "../args/values";
import { runsDigest, SHARD_FORMAT, type ShardFile, shardTasks } from "../parallel/shard";
import { runTasksInPool } from "../parallel/worker-pool";
import { TOOL_VERSION } from "../tool-version";
import { checkpoint } from "./checkpoint";

/** What to run. */
export interface Plan {
  scenario: Scenario;
  sweep: SweepSpec | null;
}

/** How to run it. */
export interface ExecuteOptions {
  workers: number;
  shard: Shard | null;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** A finished run: the result document, or one shard's file. */
export type Outcome =
  | { kind: "experiment"; result: ExperimentResult }
  | { kind: "sweep"; result: SweepResult }
  | { kind: "shard"; file: ShardFile };

/** Every task of the plan, in the fixed order that defines the result. */
export function planTasks(plan: Plan): RunTask[] {
  return plan.sweep === null ? planRuns(plan.scenario) : planSweep(plan.scenario, plan.sweep);
}

/** Summarizes the runs of every task (aligned with `planTasks(plan)`) into the result document. */
export function summarizePlan(plan: Plan, runs: RunResult[]): Outcome {
  if (plan.sweep === null)
    return { kind: "experiment", result: summarizeExperiment(plan.scenario, runs, TOOL_VERSION) };
  const tasks = planTasks(plan);
  const byPoint = tasks.map((task, i) => ({ point: task.point, run: runs[i]! }));
  return { kind: "sweep", result: summarizeSweep(plan.scenario, plan.sweep, byPoint, TOOL_VERSION) };
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
  const runs = await runTasksInPool(plan, selected, poolOptions);
  await checkpoint(options.signal);
  if (options.shard === null) {
    const outcome = summarizePlan(plan, runs);
    await checkpoint(options.signal);
    return outcome;
  }
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
