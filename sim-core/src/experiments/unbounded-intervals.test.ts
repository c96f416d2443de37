/**
 * Intervals the scenario fuzzer (bench/src/fuzz) found broken: a negative failure delay outside
 * its own interval, and a NaN half-width when every value is infinite.
 */
import { describe, expect, it } from "vitest";
import type { CensoredDurations, RunResult } from "../model/result-types";
import { bootstrapInterval } from "../stats/bootstrap";
import { estimateMetric, pooledEventEstimate } from "./event-estimates";

/** A run that only carries a failure delay (all estimateMetric reads for that metric). */
function runWithDelay(failureDelay: number): RunResult {
  return { pipelines: { failureDelay } } as unknown as RunResult;
}

describe("failureDelay intervals", () => {
  it("contain a negative estimate with one replication", () => {
    const e = estimateMetric([runWithDelay(-1.1)], "failureDelay", "mean", "t");
    expect(e.mean).toBe(-1.1);
    expect(e.lower).toBeLessThanOrEqual(e.mean);
    expect(e.upper).toBeGreaterThanOrEqual(e.mean);
  });

  it("go below 0 when every replication's delay is negative", () => {
    const e = estimateMetric([-5, -3, -4, -6].map(runWithDelay), "failureDelay", "mean", "t");
    expect(e.mean).toBe(-4.5);
    expect(e.lower).toBeGreaterThanOrEqual(-6);
    expect(e.upper).toBeLessThan(0);
  });
});

describe("intervals of infinite values", () => {
  it("have half-width 0, not NaN, when both bounds are Infinity", () => {
    const i = bootstrapInterval(3, () => Number.POSITIVE_INFINITY, { seed: "s", resamples: 200 });
    expect(i.lower).toBe(Number.POSITIVE_INFINITY);
    expect(i.upper).toBe(Number.POSITIVE_INFINITY);
    expect(i.halfWidth).toBe(0);
  });

  it("feedback that never came (every event censored at ∞) reads ∞ with half-width 0", () => {
    const lost: CensoredDurations = {
      count: 0,
      mean: 0,
      max: 0,
      p50: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      histogram: { bounds: [], counts: [] },
      censored: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
      never: 0,
    };
    const e = pooledEventEstimate([lost, lost], "mean", "t");
    expect([e.mean, e.lower, e.upper, e.halfWidth]).toEqual([Infinity, Infinity, Infinity, 0]);
  });
});
