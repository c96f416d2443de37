/**
 * Parameter values and the scenario at a set of values. A unit coordinate u in [0, 1] maps onto
 * [low, high] linearly, or geometrically for a log-uniform parameter (0.5×–2× has its midpoint
 * at 1×). Only parameters away from their base are written, so the all-base point is exactly
 * the scenario as given (and its results are the scenario's own).
 */
import { expandTopology } from "../../model/expand-topology";
import type { RunResult } from "../../model/result-types";
import type { Scenario } from "../../model/scenario-types";
import { simulate } from "../../model/simulate";
import { validateScenario } from "../../model/validation/validate-scenario";
import type { DistributionSpec } from "../../random/distribution-spec";
import { pow } from "../../stats/portable-math";
import type { RunTask } from "../run-task";
import { runTask } from "../run-task";
import type { Parameter } from "./assumption-types";
import { clonePlain, readPath, writePath } from "./parameter-path";
import { scaleDistribution } from "./scale-distribution";

/** The value of `p` at unit coordinate `u` (rounded for a whole-number field). */
export function valueAt(p: Parameter, u: number): number {
  const v = p.draw === "log-uniform" ? p.low * pow(p.high / p.low, u) : p.low + u * (p.high - p.low);
  return p.integer ? Math.round(v) : v;
}

/** The base values of every parameter. */
export function baseValues(parameters: readonly Parameter[]): number[] {
  return parameters.map((p) => p.base);
}

/** The scenario with each parameter at `values[i]`, validated (a value that breaks it is a ValidationError). */
export function scenarioWithValues(
  scenario: Scenario,
  parameters: readonly Parameter[],
  values: readonly number[],
): Scenario {
  const changed = parameters.filter((p, i) => values[i] !== p.base);
  if (changed.length === 0) return scenario;
  const copy = clonePlain(scenario) as unknown as Record<string, unknown>;
  parameters.forEach((p, i) => {
    const v = values[i]!;
    if (v === p.base) return;
    if (p.kind === "value") writePath(copy, p.path, v);
    else {
      const held = readPath(scenario, p.path);
      writePath(copy, p.path, scaleDistribution(held.base as DistributionSpec, v));
    }
  });
  return validateScenario(copy);
}

/**
 * One replication of one topology at one point. The faults-off twin (for `failureDelay`) runs
 * only when an objective needs it: sensitivity judges objectives, and the twin doubles the cost.
 */
export function runAtPoint(scenario: Scenario, task: RunTask): RunResult {
  if (scenario.slo.some((o) => o.metric === "failureDelay")) return runTask(scenario, task);
  const topology = expandTopology(scenario.topologies[task.topology]!, task.topology, scenario.shared);
  return simulate(scenario, topology, task.replication);
}
