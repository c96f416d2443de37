/**
 * Uncertainty runs: an outer loop over parameter draws (from the assumptions' ranges) with the
 * scenario's replications inside each draw, plus the scenario as given (the base: simulation
 * noise only). Each objective of each topology then gets a total interval (where its value lies
 * given the uncertain parameters *and* the simulation noise), the split of its variance between
 * the two, the share of draws that meet it, and a verdict on the total interval. Every draw runs
 * the same replication seeds (common random numbers), so draws differ by their parameters only.
 */
import { expandTopology } from "../../model/expand-topology";
import type { RunResult, Verdict } from "../../model/result-types";
import type { Objective, Scenario } from "../../model/scenario-types";
import { documentIdentity } from "../document-identity";
import type { RunTask } from "../run-task";
import type { Parameter } from "../sensitivity/assumption-types";
import { sideOf } from "../sensitivity/flip-point";
import type { PointEstimate, PointEstimates } from "../sensitivity/point-estimates";
import { estimatesFromRuns } from "../sensitivity/run-sensitivity";
import { planSensitivity, type SensitivityPoint } from "../sensitivity/sensitivity-design";
import { objectiveName } from "../verdicts";
import { drawParameters } from "./parameter-draws";
import { decomposeVariance, type VarianceDecomposition } from "./variance-decomposition";

/** Default number of parameter draws (outer loop). */
export const DEFAULT_DRAWS = 20;

/** One objective of one topology under parameter uncertainty. */
export interface UncertainVerdict {
  objective: string;
  metric: Objective["metric"];
  op: Objective["op"];
  target: number;
  topology: string;
  /** At the scenario's own values: the usual estimate, interval and verdict (simulation noise only). */
  base: PointEstimate;
  /** Across draws: total interval and its variance split. */
  total: VarianceDecomposition;
  /** Share of draws whose estimate is on the right side of the target. */
  probabilityMet: number;
  /** On the total interval: met / missed when all of it is on one side, else inconclusive. */
  verdict: Verdict;
}

export interface UncertaintyResult {
  schemaVersion: 1;
  kind: "uncertainty";
  tool: { name: "resilab"; version: string };
  scenario: { name: string; hash: string; description: string | null };
  seed: number;
  draws: number;
  replications: number;
  parameters: Parameter[];
  /** The parameter values of each draw: `samples[d][j]`. */
  samples: number[][];
  verdicts: UncertainVerdict[];
}

/** Draws 0..D−1, then the base (the scenario's own values) as point D. */
export function uncertaintyPoints(
  scenario: Scenario,
  parameters: readonly Parameter[],
  draws: number,
): SensitivityPoint[] {
  const samples = drawParameters(parameters, draws, scenario.seed);
  return [...samples.map((values) => ({ values })), { values: parameters.map((p) => p.base) }];
}

/** Every task: (draws + base) × topologies × replications. */
export function planUncertainty(scenario: Scenario, points: readonly SensitivityPoint[]): RunTask[] {
  return planSensitivity(scenario, points);
}

function verdictOn(o: Objective, lower: number, upper: number): Verdict {
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return "inconclusive";
  const good = o.op === "<=" ? upper <= o.target : lower >= o.target;
  const bad = o.op === "<=" ? lower > o.target : upper < o.target;
  return good ? "met" : bad ? "missed" : "inconclusive";
}

/** The result from the estimates at every point (draws, then the base last). */
export function summarizeUncertainty(
  scenario: Scenario,
  parameters: readonly Parameter[],
  points: readonly SensitivityPoint[],
  estimates: readonly PointEstimates[],
  toolVersion: string,
): UncertaintyResult {
  const names = scenario.topologies.map((t, i) => expandTopology(t, i, scenario.shared).name);
  const draws = points.length - 1;
  const verdicts: UncertainVerdict[] = [];
  scenario.slo.forEach((o, oi) => {
    names.forEach((topology, t) => {
      const base = estimates[draws]![oi]![t]!;
      const per = estimates.slice(0, draws).map((e) => e[oi]![t]!);
      const total = decomposeVariance(
        per.map((e) => e.value),
        per.map((e) => e.lower),
        per.map((e) => e.upper),
      );
      const sides = per.map((e) => sideOf(o, e)).filter((s) => s !== null);
      const probabilityMet =
        sides.length === 0 ? Number.NaN : sides.filter((s) => s === "good").length / sides.length;
      // With no estimate in any draw (no events at all), the verdict is the base's (e.g. "no outages").
      const verdict = total.n === 0 ? base.verdict : verdictOn(o, total.lower, total.upper);
      verdicts.push({
        objective: objectiveName(o),
        metric: o.metric,
        op: o.op,
        target: o.target,
        topology,
        base,
        total,
        probabilityMet,
        verdict,
      });
    });
  });
  return {
    schemaVersion: 1,
    kind: "uncertainty",
    ...documentIdentity(scenario, toolVersion),
    draws,
    replications: scenario.replications,
    parameters: [...parameters],
    samples: points.slice(0, draws).map((p) => p.values),
    verdicts,
  };
}

/** Summarizes from raw runs aligned with `planUncertainty(scenario, points)`. */
export function summarizeUncertaintyRuns(
  scenario: Scenario,
  parameters: readonly Parameter[],
  points: readonly SensitivityPoint[],
  tasks: readonly RunTask[],
  runs: readonly RunResult[],
  toolVersion: string,
): UncertaintyResult {
  const estimates = estimatesFromRuns(scenario, points.length, tasks, runs);
  return summarizeUncertainty(scenario, parameters, points, estimates, toolVersion);
}
