/**
 * The streaming summary: fed run by run it gives the per-replication summary bit for bit, and
 * past its unit limit it pools replications into batches whose estimates keep the pooled point
 * estimates, intervals of the same width, and cover the closed forms (single repairable
 * controller: outages are the repairs, lognormal with mean 5 h).
 */
import { describe, expect, it } from "vitest";
import { validateScenario } from "../model/validation/validate-scenario";
import type { Interval } from "../stats/interval";
import { planRuns, runTask } from "./run-task";
import { ExperimentAccumulator, summarizeExperiment } from "./summarize-experiment";
import { NO_BOOT, oracleScenario } from "./validation/validation-case";

const HOUR = 3_600;
const MU = Math.log(5 * HOUR) - 0.125;
const SIGMA = 0.5;
/** Lognormal repairs: mean e^(μ + σ²/2) = 5 h, quantile p at e^(μ + σ·z_p). */
const MEAN = 5 * HOUR;
const MEDIAN = Math.exp(MU);
const P90 = Math.exp(MU + SIGMA * 1.2815515655446004);

const scenario = validateScenario(
  oracleScenario("batched-summary", {
    horizon: 60 * 86_400,
    replications: 400,
    faults: {
      controller: {
        mtbf: 100 * HOUR,
        mttr: 5 * HOUR,
        repair: { kind: "lognormal", mu: MU, sigma: SIGMA },
      },
    },
    topologies: [
      { name: "single", preset: "single", overrides: { controllers: { boot: NO_BOOT } } },
      { name: "pair", preset: "active-active", overrides: { controllers: { count: 2, boot: NO_BOOT } } },
    ],
    slo: [
      { metric: "outageDuration", stat: "p90", op: "<=", target: 10 * HOUR },
      { metric: "availability", op: ">=", target: 0.9 },
    ],
  }),
);
const runs = planRuns(scenario).map((task) => runTask(scenario, task));

function accumulate(maxEventUnits?: number) {
  const acc = new ExperimentAccumulator(scenario, "test", {
    keepRuns: "all",
    ...(maxEventUnits !== undefined && { maxEventUnits }),
  });
  for (const run of runs) acc.add(run); // task order: topology by topology, replication order
  return acc.finish();
}

const covers = (i: Interval, x: number) => i.lower <= x && x <= i.upper;

describe("the streaming summary", () => {
  const exact = summarizeExperiment(scenario, runs, "test");

  it("gives the per-replication summary bit for bit, run by run", () => {
    expect(JSON.stringify(accumulate())).toBe(JSON.stringify(exact));
    const first = new ExperimentAccumulator(scenario, "test", { keepRuns: "first" });
    for (const run of runs) first.add(run);
    const result = first.finish();
    expect(result.runs.map((r) => [r.topology, r.replication])).toEqual([
      ["single", 0],
      ["pair", 0],
    ]);
    expect(JSON.stringify({ ...result, runs: [] })).toBe(JSON.stringify({ ...exact, runs: [] }));
  });

  it("refuses a summary missing runs, or a run beyond those announced", () => {
    const acc = new ExperimentAccumulator(scenario, "test");
    acc.add(runs[0]!);
    expect(() => acc.finish()).toThrow(/got 1 of the 400 runs/);
    const small = new ExperimentAccumulator(scenario, "test", { runsPerTopology: [1, 1] });
    small.add(runs[0]!);
    expect(() => small.add(runs[1]!)).toThrow(/more than the 1 runs/);
  });

  describe("in batches (400 replications in 40 units of 10)", () => {
    const batched = accumulate(40);
    const [e, b] = [exact.topologies[0]!, batched.topologies[0]!];

    it("keeps per-replication metrics, paired differences and their verdicts exactly", () => {
      expect(b.metrics.availability).toEqual(e.metrics.availability);
      expect(b.metrics.cost).toEqual(e.metrics.cost);
      expect(batched.differences).toEqual(exact.differences);
      expect(batched.verdicts[2]).toEqual(exact.verdicts[2]);
      expect(b.fingerprints).toEqual(e.fingerprints);
    });

    it("keeps the pooled counts and point estimates", () => {
      expect(b.outages.summary.count).toBe(e.outages.summary.count);
      expect(b.outages.censored).toBe(e.outages.censored);
      expect(b.metrics.outageDuration.mean).toBeCloseTo(e.metrics.outageDuration.mean, 6);
      expect(b.outages.p50.mean / e.outages.p50.mean).toBeCloseTo(1, 1);
      expect(Math.abs(b.outages.p90.mean / e.outages.p90.mean - 1)).toBeLessThan(0.02);
      expect(b.outages.byClass.map((c) => [c.componentClass, c.count])).toEqual(
        e.outages.byClass.map((c) => [c.componentClass, c.count]),
      );
    });

    it("gives intervals as wide as the per-replication bootstrap's, covering the closed forms", () => {
      expect(e.outages.summary.count).toBeGreaterThan(4000); // ≈ 13.7 repairs × 400 replications
      for (const [x, y] of [
        [b.metrics.outageDuration, e.metrics.outageDuration],
        [b.outages.p50, e.outages.p50],
        [b.outages.p90, e.outages.p90],
      ] as const) {
        expect(x.halfWidth / y.halfWidth).toBeGreaterThan(0.7);
        expect(x.halfWidth / y.halfWidth).toBeLessThan(1.4);
      }
      expect(covers(b.metrics.outageDuration, MEAN)).toBe(true);
      expect(covers(b.outages.p50, MEDIAN)).toBe(true);
      expect(covers(b.outages.p90, P90)).toBe(true);
      expect(covers(e.outages.p90, P90)).toBe(true);
      // The p90 objective (10 h) is met either way: the whole interval is below it.
      expect(batched.verdicts[0]!.verdict).toBe("met");
      expect(exact.verdicts[0]!.verdict).toBe("met");
    });
  });
});
