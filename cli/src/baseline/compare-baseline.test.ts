/** The comparison's pairing rules, orientation and decisions on hand-made samples. */
import type { Objective } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { compareWithBaseline } from "./compare-baseline";
import type { GateSample } from "./gate-sample";

const NOISE = [0.3, -0.2, 0.5, -0.4, 0.1, 0.0, -0.3, 0.2, 0.4, -0.1];

/** A sample with p99 service outage (s) and availability per replication for topologies `names`. */
function sample(
  over: Partial<GateSample> & { recovery?: number[]; availability?: number[] } = {},
): GateSample {
  const recovery = over.recovery ?? NOISE.map((x) => 60 + 10 * x);
  const availability = over.availability ?? NOISE.map((x) => 0.999 + 0.0001 * x);
  const topologies = over.topologies ?? ["ap"];
  return {
    source: "test",
    scenarioName: "s",
    scenarioHash: "hash-a",
    seed: 1,
    toolVersion: "1.0.0",
    environment: "env-1",
    topologies,
    values: Object.fromEntries(topologies.map((t) => [t, { "p99 outageDuration": recovery, availability }])),
    ...over,
  };
}

const SLO: Objective[] = [
  { metric: "outageDuration", stat: "p99", op: "<=", target: 300 },
  { metric: "availability", op: ">=", target: 0.999 },
];

describe("compareWithBaseline", () => {
  it("finds nothing when the run equals its baseline (p = 1 everywhere)", () => {
    const c = compareWithBaseline(sample(), sample(), SLO);
    expect(c.mode).toBe("paired");
    expect(c.regressions).toBe(0);
    expect(c.familySize).toBe(2);
    expect(c.rows.map((r) => [r.p, r.reading])).toEqual([
      [1, "unchanged"],
      [1, "unchanged"],
    ]);
  });

  it("flags a worse design in each objective's bad direction, and not a better one", () => {
    const slower = sample({ recovery: NOISE.map((x) => 150 + 10 * x) });
    const c = compareWithBaseline(slower, sample(), SLO);
    expect(c.rows.map((r) => r.status)).toEqual(["regression", "ok"]);
    expect(c.rows[0]!.change!.estimate).toBeCloseTo(90, 9);
    expect(c.rows[0]!.reading).toBe("worse");

    const lessAvailable = sample({ availability: NOISE.map((x) => 0.99 + 0.0001 * x) });
    expect(compareWithBaseline(lessAvailable, sample(), SLO).rows.map((r) => r.status)).toEqual([
      "ok",
      "regression",
    ]);
    // The same changes the other way round are improvements, never regressions.
    const better = compareWithBaseline(sample(), lessAvailable, SLO);
    expect(better.regressions).toBe(0);
    expect(better.rows[1]!.reading).toBe("better");
  });

  it("pairs replications by index: a shift hidden in between-replication noise is found", () => {
    // Replications differ a lot from each other (common random numbers), the change is small but
    // consistent: pairing sees it, an unpaired test would not.
    const spread = [20, 400, 90, 250, 35, 500, 120, 60, 310, 75];
    const base = sample({ recovery: spread });
    const changed = sample({ recovery: spread.map((x, i) => x + 5 + (i % 2)) });
    expect(compareWithBaseline(changed, base, SLO).rows[0]!.status).toBe("regression");
    const unpaired = compareWithBaseline(changed, { ...base, environment: "env-2" }, SLO);
    expect(unpaired.mode).toBe("welch");
    expect(unpaired.rows[0]!.status).toBe("ok");
  });

  it("says why it did not pair: another seed, another environment, or a result.json of another scenario", () => {
    const otherSeed = compareWithBaseline(sample(), sample({ seed: 2, environment: "env-2" }), SLO);
    expect(otherSeed.mode).toBe("welch");
    expect(otherSeed.reason).toContain("seed 2 vs 1");
    const otherFaults = compareWithBaseline(sample(), sample({ environment: "env-2" }), SLO);
    expect(otherFaults.reason).toContain("workload or faults changed");
    const bareSame = compareWithBaseline(sample(), sample({ environment: null }), SLO);
    expect(bareSame.mode).toBe("paired");
    const bareOther = compareWithBaseline(
      sample(),
      sample({ environment: null, scenarioHash: "hash-b" }),
      SLO,
    );
    expect(bareOther.mode).toBe("welch");
    expect(bareOther.reason).toContain("pass the check.json");
  });

  it("compares only topologies present in both and notes the others", () => {
    const c = compareWithBaseline(
      sample({ topologies: ["ap", "new"] }),
      sample({ topologies: ["ap", "old"] }),
      SLO,
    );
    expect(c.rows.map((r) => r.topology)).toEqual(["ap", "ap"]);
    expect(c.notes).toContain('topology "new" is not in the baseline: not compared');
    expect(c.notes).toContain('topology "old" of the baseline is no longer run');
  });

  it("leaves out replications without a value and does not test with fewer than two pairs", () => {
    const few = sample({ recovery: [Number.NaN, 100, ...NOISE.slice(2).map(() => Number.NaN)] });
    const c = compareWithBaseline(few, sample(), SLO);
    expect(c.rows[0]!.status).toBe("not-tested");
    expect(c.familySize).toBe(1);
    expect(c.notes.join()).toContain("fewer than 2 paired replications");
  });

  it("says when the baseline predates the split of recoveryTime", () => {
    const old = sample();
    old.values = { ap: { "p99 recoveryTime": NOISE.map((x) => 60 + x), availability: NOISE } };
    const c = compareWithBaseline(sample(), old, SLO);
    expect(c.rows[0]!.status).toBe("not-tested");
    expect(c.notes.join()).toContain("predates the split of recoveryTime into outageDuration");
    expect(compareWithBaseline(sample(), sample(), SLO).notes.join()).not.toContain("recoveryTime");
  });
});
