/** Runs a whole uncertainty study in this thread (tests, the web lab; the CLI uses worker threads). */
import type { Scenario } from "../../model/scenario-types";
import type { Parameter } from "../sensitivity/assumption-types";
import { runAtPoint, scenarioWithValues } from "../sensitivity/parameter-values";
import {
  DEFAULT_DRAWS,
  planUncertainty,
  summarizeUncertaintyRuns,
  type UncertaintyResult,
  uncertaintyPoints,
} from "./uncertainty-experiment";

export function runUncertainty(
  scenario: Scenario,
  parameters: readonly Parameter[],
  options: { draws?: number; toolVersion?: string } = {},
): UncertaintyResult {
  const points = uncertaintyPoints(scenario, parameters, options.draws ?? DEFAULT_DRAWS);
  const tasks = planUncertainty(scenario, points);
  const scenarios = points.map((p) => scenarioWithValues(scenario, parameters, p.values));
  const runs = tasks.map((task) => runAtPoint(scenarios[task.point]!, task));
  return summarizeUncertaintyRuns(
    scenario,
    parameters,
    points,
    tasks,
    runs,
    options.toolVersion ?? "0.0.0-dev",
  );
}
