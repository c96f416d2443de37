import { describe, expect, it } from "vitest";
import { histogramBins } from "./histogram";

const summary = (bounds: number[], counts: number[], max = 0) => ({
  count: counts.reduce((a, b) => a + b, 0),
  mean: 0,
  max,
  p50: 0,
  p90: 0,
  p95: 0,
  p99: 0,
  histogram: { bounds, counts },
});

describe("histogramBins", () => {
  it("gives each bucket its lower edge and skips empty buckets", () => {
    expect(histogramBins(summary([1, 2, 4, 8], [3, 0, 5, 1]))).toEqual([
      { lower: 0.5, upper: 1, count: 3 },
      { lower: 2, upper: 4, count: 5 },
      { lower: 4, upper: 8, count: 1 },
    ]);
  });

  it("treats a trailing count as overflow up to the observed maximum", () => {
    expect(histogramBins(summary([1, 2], [0, 1, 2], 11))).toEqual([
      { lower: 1, upper: 2, count: 1 },
      { lower: 2, upper: 11, count: 2 },
    ]);
  });

  it("ends an open-ended last bound (Number.MAX_VALUE) at the observed maximum", () => {
    expect(histogramBins(summary([1, 2, 4, Number.MAX_VALUE], [0, 0, 1, 2], 9))).toEqual([
      { lower: 2, upper: 4, count: 1 },
      { lower: 4, upper: 9, count: 2 },
    ]);
    expect(histogramBins(summary([1, 2, 4, Number.MAX_VALUE], [0, 0, 0, 1], 5))).toEqual([
      { lower: 4, upper: 8, count: 1 },
    ]);
  });

  it("drops bins a log axis cannot draw", () => {
    expect(histogramBins(summary([0, 1], [4, 1]))).toEqual([]);
  });
});
