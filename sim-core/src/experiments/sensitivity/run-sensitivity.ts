/**
 * Runs a sensitivity study: the design's points, then (tornado) the bisection rounds of every
 * flip, and the summary. How points are run is the caller's: `evaluateInThread` here (tests, the
 * web lab), worker threads in the CLI — the estimates, and so the result, are the same.
 */
import type { RunResult } from "../../model/result-types";
import type { Scenario } from "../../model/scenario-types";
import type { RunTask } from "../run-task";
import type { Parameter } from "./assumption-types";
import { advanceBrackets, bisectionRound, tornadoBrackets } from "./bisection";
import { runAtPoint, scenarioWithValues } from "./parameter-values";
import { groupByTopology, type PointEstimates, pointEstimates } from "./point-estimates";
import {
  morrisDesign,
  planSensitivity,
  type SensitivityDesign,
  type SensitivityMethod,
  type SensitivityPoint,
  tornadoDesign,
} from "./sensitivity-design";
import type { SensitivityResult } from "./sensitivity-result";
import { summarizeSensitivity } from "./summarize-sensitivity";

/** Runs points and returns their estimates (aligned with `points`) and the number of runs. */
export type EvaluatePoints = (
  points: readonly SensitivityPoint[],
) => Promise<{ estimates: PointEstimates[]; runs: number }>;

export interface SensitivityOptions {
  method: SensitivityMethod;
  /** Morris trajectories; default 10. */
  trajectories?: number;
  /** Bisection rounds per flip (tornado); default 3 (the bracket 8× narrower); 0 = interpolate only. */
  bisect?: number;
  /** True when `parameters` are the default set (printed on the result). */
  defaultAssumptions: boolean;
  toolVersion: string;
}

/** The design of a study. */
export function sensitivityDesign(
  scenario: Scenario,
  parameters: readonly Parameter[],
  options: Pick<SensitivityOptions, "method" | "trajectories">,
): SensitivityDesign {
  return options.method === "tornado"
    ? tornadoDesign(parameters)
    : morrisDesign(parameters, options.trajectories ?? 10, scenario.seed);
}

/** Estimates of points from the runs of their tasks (`runs[i]` belongs to `tasks[i]`). */
export function estimatesFromRuns(
  scenario: Scenario,
  pointCount: number,
  tasks: readonly RunTask[],
  runs: readonly RunResult[],
  firstPoint = 0,
): PointEstimates[] {
  const byPoint: { topology: number; run: RunResult }[][] = Array.from({ length: pointCount }, () => []);
  tasks.forEach((task, i) => {
    byPoint[task.point - firstPoint]?.push({ topology: task.topology, run: runs[i]! });
  });
  return byPoint.map((rs) => pointEstimates(scenario, groupByTopology(scenario, rs)));
}

/** Runs points in this thread. */
export function evaluateInThread(scenario: Scenario, parameters: readonly Parameter[]): EvaluatePoints {
  return async (points) => {
    const tasks = planSensitivity(scenario, points);
    const scenarios = points.map((p) => scenarioWithValues(scenario, parameters, p.values));
    const runs = tasks.map((task) => runAtPoint(scenarios[task.point]!, task));
    return { estimates: estimatesFromRuns(scenario, points.length, tasks, runs), runs: runs.length };
  };
}

/** The whole study: design, bisection (tornado) and summary. */
export async function runSensitivity(
  scenario: Scenario,
  parameters: readonly Parameter[],
  options: SensitivityOptions,
  evaluate: EvaluatePoints = evaluateInThread(scenario, parameters),
): Promise<SensitivityResult> {
  const design = sensitivityDesign(scenario, parameters, options);
  const first = await evaluate(design.points);
  let runs = first.runs;
  const initial = design.method === "tornado" ? tornadoBrackets(scenario.slo, design, first.estimates) : [];
  let brackets = initial;
  for (let round = 0; round < (options.bisect ?? 3) && brackets.length > 0; round++) {
    const next = bisectionRound(design, brackets);
    if (next.points.length === 0) break;
    const evaluated = await evaluate(next.points);
    runs += evaluated.runs;
    brackets = advanceBrackets(scenario.slo, brackets, next, evaluated.estimates);
  }
  return summarizeSensitivity(scenario, design, first.estimates, initial, {
    toolVersion: options.toolVersion,
    defaultAssumptions: options.defaultAssumptions,
    runs,
    brackets,
  });
}
