/** Runs a whole experiment in this thread (the CLI and the web lab spread tasks over workers). */
import type { ExperimentResult } from "../model/result-types";
import type { Scenario } from "../model/scenario-types";
import { planRuns, runTask } from "./run-task";
import { summarizeExperiment } from "./summarize-experiment";

export interface RunExperimentOptions {
  /** Printed on every output; default "0.0.0-dev". */
  toolVersion?: string;
  /** Called after each task with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export function runExperiment(scenario: Scenario, options: RunExperimentOptions = {}): ExperimentResult {
  const tasks = planRuns(scenario);
  const runs = tasks.map((task, i) => {
    const run = runTask(scenario, task);
    options.onProgress?.(i + 1, tasks.length);
    return run;
  });
  return summarizeExperiment(scenario, runs, options.toolVersion ?? "0.0.0-dev");
}
