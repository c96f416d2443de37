/**
 * What one worker runs: a single task of an experiment or a sweep, as a pure function of the
 * (scenario, sweep, task) triple, so any thread or machine computes the same bytes.
 */
import {
  type RunResult,
  type RunTask,
  runTask,
  type Scenario,
  type SweepSpec,
  scenarioAtPoint,
} from "@resilab/sim-core";

/** The experiment a pool works on: sent once to every worker. */
export interface JobContext {
  scenario: Scenario;
  /** Present for sweeps: task.point indexes sweep.values. */
  sweep: SweepSpec | null;
}

/** Runs one task of the experiment described by `context`. */
export function runJob(context: JobContext, task: RunTask): RunResult {
  const scenario =
    context.sweep === null ? context.scenario : scenarioAtPoint(context.scenario, context.sweep, task.point);
  return runTask(scenario, task);
}
