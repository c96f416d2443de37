/**
 * What one worker runs: a single task of an experiment or a sweep, as a pure function of the
 * (scenario, sweep, task) triple, so any thread or machine computes the same bytes.
 */
import {
  type Parameter,
  type RunResult,
  type RunTask,
  runAtPoint,
  runTask,
  type Scenario,
  type SweepSpec,
  scenarioAtPoint,
  scenarioWithValues,
} from "@resilab/sim-core";

/** The experiment a pool works on: sent once to every worker. */
export interface JobContext {
  scenario: Scenario;
  /** Present for sweeps: task.point indexes sweep.values. */
  sweep: SweepSpec | null;
  /** Sensitivity and uncertainty studies: task.point indexes `values` (one value per parameter). */
  points?: { parameters: Parameter[]; values: number[][] };
}

/** Runs one task of the experiment described by `context`. */
export function runJob(context: JobContext, task: RunTask): RunResult {
  if (context.points !== undefined) {
    const { parameters, values } = context.points;
    return runAtPoint(scenarioWithValues(context.scenario, parameters, values[task.point]!), task);
  }
  const scenario =
    context.sweep === null ? context.scenario : scenarioAtPoint(context.scenario, context.sweep, task.point);
  return runTask(scenario, task);
}
