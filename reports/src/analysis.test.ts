import { describe, expect, it } from "vitest";
import {
  cheapestMeeting,
  objectiveRows,
  readDifference,
  targetsFor,
  topologyStatus,
  verdictEstimateText,
  verdictReading,
  worstVerdict,
} from "./analysis";
import { experimentFixture } from "./test-fixtures/experiment";
import { interval } from "./test-fixtures/shapes";

describe("verdict readings", () => {
  const result = experimentFixture();

  it("lists objectives once each, in scenario order", () => {
    expect(objectiveRows(result).map((o) => o.name)).toEqual([
      "p99 outage ≤ 2 min",
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
    expect(targetsFor(result, "outageDuration").map((t) => t.value)).toEqual([120]);
    expect(targetsFor(result, "outageDuration", true)).toEqual([]);
    expect(targetsFor(result, "availability", true).map((t) => t.value)).toEqual([0.999]);
  });
});

describe("readDifference", () => {
  const d = (metric: "outageDuration" | "availability", mean: number, half: number) => ({
    metric,
    a: "x",
    b: "y",
    difference: interval(mean, half),
  });

  it("says which side is better, by the metric's direction", () => {
    expect(readDifference(d("outageDuration", -74, 13))).toBe("x lower (better)");
    expect(readDifference(d("outageDuration", 74, 13))).toBe("x higher (worse)");
    expect(readDifference(d("availability", 0.001, 0.0002))).toBe("x higher (better)");
  });

  it("reports no difference when the interval includes zero", () => {
    expect(readDifference(d("outageDuration", 5, 10))).toBe("no significant difference");
  });
});

describe("verdictReading", () => {
  const result = experimentFixture();
  const single = result.verdicts.find(
    (v) => v.topology === "single" && v.objective.metric === "outageDuration",
  )!;

  it("shows the estimate, an unbounded upper bound as ∞, and the note beside it", () => {
    expect(verdictEstimateText(single)).toBe(
      "3.38 h (95 % CI 2.7 h to ∞); 4 outages still open at the horizon (censored)",
    );
  });

  it("never shows an estimate without events as a number: the note alone", () => {
    const none = {
      ...single,
      estimate: { ...single.estimate, mean: Number.NaN, lower: Number.NaN, upper: Number.NaN },
      note: "no outages in 30 × 30 d (rate < 1 per 300 d, 95 %)",
    };
    expect(verdictReading(none)).toEqual({ interval: null, note: none.note });
    expect(verdictEstimateText(none)).toBe("no outages in 30 × 30 d (rate < 1 per 300 d, 95 %)");
    // Read back from result.json, NaN is null.
    const read = JSON.parse(JSON.stringify({ ...none, note: null }));
    expect(verdictEstimateText(read)).toBe("no events to judge");
  });
});
