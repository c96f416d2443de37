/**
 * What a run is (a scenario, maybe swept) and how its runs become the result document. Kept
 * apart from `execute` so a worker thread can summarize without loading the worker pool.
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
  summarizeExperiment,
  summarizeSweep,
} from "@resilab/sim-core";
import type { SampleValues } from "../baseline/gate-sample";
import { TOOL_VERSION } from "../tool-version";
import type { SpoolFiles } from "./run-spool";

/** What to run. */
export interface Plan {
  scenario: Scenario;
  sweep: SweepSpec | null;
}

/**
 * A summarized run: the result document of an experiment or a sweep. A long experiment's runs
 * are not in its `result` (replication 0 only) but in `spool`, on disk (streaming-summary.ts);
 * `gateValues` are then the per-replication values `check` compares (else read from the runs).
 */
export type Summary =
  | { kind: "experiment"; result: ExperimentResult; spool?: SpoolFiles; gateValues?: SampleValues }
  | { kind: "sweep"; result: SweepResult };

/** Every task of the plan, in the fixed order that defines the result. */
export function planTasks(plan: Plan): RunTask[] {
  return plan.sweep === null ? planRuns(plan.scenario) : planSweep(plan.scenario, plan.sweep);
}

/** Summarizes the runs of every task (aligned with `planTasks(plan)`) into the result document. */
export function summarizePlan(plan: Plan, runs: RunResult[]): Summary {
  if (plan.sweep === null)
    return { kind: "experiment", result: summarizeExperiment(plan.scenario, runs, TOOL_VERSION) };
  const tasks = planTasks(plan);
  const byPoint = tasks.map((task, i) => ({ point: task.point, run: runs[i]! }));
  return { kind: "sweep", result: summarizeSweep(plan.scenario, plan.sweep, byPoint, TOOL_VERSION) };
}
