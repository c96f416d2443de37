import { describe, expect, it } from "vitest";
import {
  cheapestMeeting,
  objectiveRows,
  readDifference,
  targetsFor,
  topologyStatus,
  worstVerdict,
} from "./analysis";
import { experimentFixture } from "./test-fixtures/experiment";
import { interval } from "./test-fixtures/shapes";

describe("verdict readings", () => {
  const result = experimentFixture();

  it("lists objectives once each, in scenario order", () => {
    expect(objectiveRows(result).map((o) => o.name)).toEqual([
      "p99 recovery ≤ 2 min",
      "availability ≥ 99.9 %",
      "p95 lead time ≤ 30 min",
      "no lost pipelines",
    ]);
  });

  it("ranks missed over inconclusive over met", () => {
    expect(worstVerdict(["met", "inconclusive", "met"])).toBe("inconclusive");
    expect(worstVerdict(["inconclusive", "missed"])).toBe("missed");
    expect(worstVerdict([])).toBeNull();
    expect(topologyStatus(result, "single")).toBe("missed");
    expect(topologyStatus(result, "cloud-native")).toBe("inconclusive");
    expect(topologyStatus(result, "resilient-decoupled")).toBe("met");
  });

  it("finds the cheapest design that meets every objective, ignoring cheaper ones that miss", () => {
    // single (2.1/h) is cheaper but misses; resilient-decoupled (2.6/h) meets everything.
    expect(cheapestMeeting(result)).toEqual({ topology: "resilient-decoupled", costPerHour: 2.6 });
    const noneMeet = {
      ...result,
      verdicts: result.verdicts.map((v) => ({ ...v, verdict: "missed" as const })),
    };
    expect(cheapestMeeting(noneMeet)).toBeNull();
  });

  it("picks the lower cost among several designs that meet everything", () => {
    const allMet = { ...result, verdicts: result.verdicts.map((v) => ({ ...v, verdict: "met" as const })) };
    expect(cheapestMeeting(allMet)?.topology).toBe("single");
  });

  it("only returns mean targets when asked for them", () => {
    expect(targetsFor(result, "recoveryTime").map((t) => t.value)).toEqual([120]);
    expect(targetsFor(result, "recoveryTime", true)).toEqual([]);
    expect(targetsFor(result, "availability", true).map((t) => t.value)).toEqual([0.999]);
  });
});

describe("readDifference", () => {
  const d = (metric: "recoveryTime" | "availability", mean: number, half: number) => ({
    metric,
    a: "x",
    b: "y",
    difference: interval(mean, half),
  });

  it("says which side is better, by the metric's direction", () => {
    expect(readDifference(d("recoveryTime", -74, 13))).toBe("x lower (better)");
    expect(readDifference(d("recoveryTime", 74, 13))).toBe("x higher (worse)");
    expect(readDifference(d("availability", 0.001, 0.0002))).toBe("x higher (better)");
  });

  it("reports no difference when the interval includes zero", () => {
    expect(readDifference(d("recoveryTime", 5, 10))).toBe("no significant difference");
  });
});
