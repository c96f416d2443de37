import { describe, expect, it } from "vitest";
import { SERIES_BUCKETS, TimeWeightedSeries } from "./time-series";

const H = 3600e6; // one hour in µs

describe("TimeWeightedSeries", () => {
  it("counts mean, max and buckets from the statistics start by default", () => {
    const s = new TimeWeightedSeries(H, 3 * H, 0);
    s.set(0.5 * H, 4); // before the start: in force from it, but not a maximum
    s.set(2 * H, 1);
    s.finish();
    expect(s.mean()).toBeCloseTo((4 * 1 + 1 * 1) / 2, 12);
    expect(s.max()).toBe(1);
    const series = s.series();
    expect(series.step).toBeCloseTo(7200 / SERIES_BUCKETS, 9);
    expect(series.values[0]).toBeCloseTo(4, 9);
    expect(series.values.at(-1)).toBeCloseTo(1, 9);
  });

  it("keeps the warm-up in the series from `seriesStart`, not in the mean", () => {
    const s = new TimeWeightedSeries(H, 3 * H, 0, 0);
    s.set(0.5 * H, 4);
    s.set(2 * H, 1);
    s.finish();
    expect(s.mean()).toBeCloseTo((4 * 1 + 1 * 1) / 2, 12);
    const series = s.series();
    expect(series.step).toBeCloseTo((3 * 3600) / SERIES_BUCKETS, 9);
    // The first sixth of the run (0 – 0.5 h) at 0, then 4 until 2 h, then 1.
    expect(series.values[0]).toBe(0);
    expect(series.values[SERIES_BUCKETS / 6]).toBeCloseTo(4, 9);
    expect(series.values.at(-1)).toBeCloseTo(1, 9);
  });
});
