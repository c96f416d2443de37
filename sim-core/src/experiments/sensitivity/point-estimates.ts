/**
 * The verdict of every objective for every topology at one point of a study, judged exactly as a
 * run judges it (`judge`: pooled events, censoring, bootstrap seeded by topology and metric — the
 * same bootstrap seeds at every point, so the intervals move with the parameter, not with noise).
 */
import { expandTopology } from "../../model/expand-topology";
import type { RunResult, Verdict } from "../../model/result-types";
import type { Scenario } from "../../model/scenario-types";
import { judge } from "../verdicts";

/** An objective's estimate at one point: the point estimate, its 95 % interval and the verdict. */
export interface PointEstimate {
  value: number;
  lower: number;
  upper: number;
  verdict: Verdict;
}

/** `estimates[objective][topology]` at one point; a topology not run there is null. */
export type PointEstimates = (PointEstimate | null)[][];

/** Runs of one point grouped by topology index (replication order). */
export function groupByTopology(scenario: Scenario, runs: readonly { topology: number; run: RunResult }[]) {
  const groups: RunResult[][] = scenario.topologies.map(() => []);
  for (const { topology, run } of runs) groups[topology]?.push(run);
  for (const g of groups) g.sort((a, b) => a.replication - b.replication);
  return groups;
}

/** Judges every objective × topology of `scenario` on the runs of one point. */
export function pointEstimates(scenario: Scenario, byTopology: readonly RunResult[][]): PointEstimates {
  const names = scenario.topologies.map((t, i) => expandTopology(t, i, scenario.shared).name);
  const context = { seed: scenario.seed, window: scenario.horizon - (scenario.warmup ?? 0) };
  return scenario.slo.map((o) =>
    byTopology.map((runs, t) => {
      if (runs.length === 0) return null;
      const v = judge(o, names[t]!, runs, context);
      return { value: v.estimate.mean, lower: v.estimate.lower, upper: v.estimate.upper, verdict: v.verdict };
    }),
  );
}
