/**
 * The unit of parallel work — one replication of one topology at one sweep point — and the
 * fixed order of all tasks of an experiment. `runTask` is a pure function of its arguments, so
 * results are identical whatever the number of workers or shards.
 */
import { expandTopology } from "../model/expand-topology";
import type { RunResult } from "../model/result-types";
import type { Scenario } from "../model/scenario-types";
import { simulate } from "../model/simulate";

export interface RunTask {
  /** Position in the plan. */
  index: number;
  /** Sweep point (0 without a sweep). */
  point: number;
  topology: number;
  replication: number;
}

/** Every task of an experiment: topologies × replications, replication-major within a topology. */
export function planRuns(scenario: Scenario, point = 0, offset = 0): RunTask[] {
  const tasks: RunTask[] = [];
  for (let t = 0; t < scenario.topologies.length; t++) {
    for (let r = 0; r < scenario.replications; r++) {
      tasks.push({ index: offset + tasks.length, point, topology: t, replication: r });
    }
  }
  return tasks;
}

/**
 * Runs one task: the faulted replication and its faults-off twin (same workload streams), whose
 * difference in mean lead time is the delay failures caused.
 */
export function runTask(scenario: Scenario, task: RunTask): RunResult {
  const topology = expandTopology(scenario.topologies[task.topology]!, task.topology, scenario.shared);
  const faulted = simulate(scenario, topology, task.replication);
  const twin = simulate(scenario, topology, task.replication, { faultsOn: false });
  const a = faulted.pipelines.leadTime;
  const b = twin.pipelines.leadTime;
  faulted.pipelines.failureDelay = a.count > 0 && b.count > 0 ? a.mean - b.mean : null;
  return faulted;
}
