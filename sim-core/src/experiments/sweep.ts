/**
 * Sweeps over any numeric parameter of a scenario (a dotted path such as
 * `topologies.0.overrides.controllers.count` or `faults.controller.mttr`), reporting the
 * comparison at each value and the cheapest design that meets every objective.
 */
import { invalid } from "../errors";
import type { ExperimentResult, RunResult } from "../model/result-types";
import type { Scenario } from "../model/scenario-types";
import { validateScenario } from "../model/validation/validate-scenario";
import { documentIdentity } from "./document-identity";
import { planRuns, type RunTask } from "./run-task";
import { summarizeExperiment } from "./summarize-experiment";

export interface SweepSpec {
  /** Dotted path into the scenario; missing objects along an `overrides` path are created. */
  parameter: string;
  values: number[];
}

export interface SweepResult {
  schemaVersion: 1;
  tool: { name: "resilab"; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
  parameter: string;
  points: { value: number; result: ExperimentResult }[];
  /** The cheapest (topology, value) whose objectives are all met; null if none. */
  cheapest: { topology: string; value: number; costPerHour: number } | null;
}

const SEGMENT = /^[A-Za-z][A-Za-z0-9]*$|^\d+$/;

/** Deep copy of plain data that keeps what JSON would lose (Infinity for "unlimited"). */
function clonePlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clonePlain);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clonePlain(v)]));
  }
  return value;
}

/** A copy of the scenario with `parameter` set to `value`, validated. */
export function scenarioAtPoint(scenario: Scenario, sweep: SweepSpec, point: number): Scenario {
  const value = sweep.values[point];
  if (value === undefined) invalid("sweep.point", point, `an index in [0, ${sweep.values.length - 1}]`);
  const copy = clonePlain(scenario) as Record<string, unknown>;
  const keys = sweep.parameter.split(".");
  if (keys.some((k) => !SEGMENT.test(k)) || keys.includes("__proto__")) {
    invalid(
      "sweep.parameter",
      sweep.parameter,
      "a dotted path of field names and list indices, e.g. faults.controller.mttr",
    );
  }
  let node: Record<string, unknown> = copy;
  keys.slice(0, -1).forEach((key, i) => {
    const next = node[key];
    if (next === undefined && keys.slice(0, i + 1).includes("overrides")) node[key] = {};
    else if (typeof next !== "object" || next === null) {
      invalid(
        "sweep.parameter",
        sweep.parameter,
        `a path that exists in the scenario (no object at "${keys.slice(0, i + 1).join(".")}")`,
      );
    }
    node = node[key] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1]!;
  const existing = node[last];
  if (existing !== undefined && typeof existing !== "number") {
    invalid("sweep.parameter", sweep.parameter, `a numeric field (it holds ${typeof existing})`);
  }
  node[last] = value;
  return validateScenario(copy);
}

/** Every task of a sweep: points × topologies × replications, in a fixed order. */
export function planSweep(scenario: Scenario, sweep: SweepSpec): RunTask[] {
  if (
    !Array.isArray(sweep.values) ||
    sweep.values.length === 0 ||
    sweep.values.some((v) => !Number.isFinite(v))
  ) {
    invalid("sweep.values", sweep.values, "a non-empty list of finite numbers");
  }
  const tasks: RunTask[] = [];
  sweep.values.forEach((_, point) => {
    // A loop, not push(...spread): replications × topologies runs can overflow the call stack.
    for (const task of planRuns(scenarioAtPoint(scenario, sweep, point), point, tasks.length))
      tasks.push(task);
  });
  return tasks;
}

/** Aggregates the runs of a sweep (any order; grouped by their task's point). */
export function summarizeSweep(
  scenario: Scenario,
  sweep: SweepSpec,
  runs: { point: number; run: RunResult }[],
  toolVersion: string,
): SweepResult {
  const points = sweep.values.map((value, point) => {
    const at = scenarioAtPoint(scenario, sweep, point);
    const result = summarizeExperiment(
      at,
      runs.filter((r) => r.point === point).map((r) => r.run),
      toolVersion,
    );
    return { value, result };
  });
  let cheapest: SweepResult["cheapest"] = null;
  for (const { value, result } of points) {
    for (const t of result.topologies) {
      const verdicts = result.verdicts.filter((v) => v.topology === t.topology);
      if (verdicts.length === 0 || verdicts.some((v) => v.verdict !== "met")) continue;
      const costPerHour = t.metrics.cost.mean;
      if (cheapest === null || costPerHour < cheapest.costPerHour)
        cheapest = { topology: t.topology, value, costPerHour };
    }
  }
  return {
    schemaVersion: 1,
    ...documentIdentity(scenario, toolVersion),
    parameter: sweep.parameter,
    points,
    cheapest,
  };
}
