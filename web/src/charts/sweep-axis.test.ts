import type { SweepCurvesData } from "@resilab/reports";
import { describe, expect, it } from "vitest";
import { sweepAxisData } from "./sweep-axis";

const interval = {
  mean: 1,
  lower: 0,
  upper: 2,
  level: 0.95,
  n: 3,
} as unknown as SweepCurvesData["series"][number]["points"][number]["estimate"];

function data(values: number[]): SweepCurvesData {
  return {
    parameter: "topologies.1.overrides.failover.detection",
    metric: "outageDuration",
    quantity: "p99 service outage duration",
    series: [{ name: "active-passive", points: values.map((value) => ({ value, estimate: interval })) }],
    targets: [],
    cheapest: { topology: "active-passive", value: values[0]! },
  } as SweepCurvesData;
}

describe("the sweep chart's x axis", () => {
  it("names the knob and shows durations in one readable unit", () => {
    const out = sweepAxisData(data([1800, 7200, 28_800]), "active-passive: Failover detection", "duration");
    expect(out.parameter).toBe("active-passive: Failover detection (h)");
    expect(out.series[0]!.points.map((p) => p.value)).toEqual([0.5, 2, 8]);
    expect(out.cheapest?.value).toBe(0.5);
  });

  it("shows fractions in percent and leaves plain numbers alone", () => {
    expect(
      sweepAxisData(data([0.9, 0.99]), "Coverage", "percent").series[0]!.points.map((p) => p.value),
    ).toEqual([90, 99]);
    const plain = sweepAxisData(data([2, 4]), "Controllers", "count");
    expect(plain.parameter).toBe("Controllers");
    expect(plain.series[0]!.points.map((p) => p.value)).toEqual([2, 4]);
  });
});
