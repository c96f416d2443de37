import { describe, expect, it } from "vitest";
import type { SweepCurvesData } from "./sweep-data";
import { formatSweptValue, sweepDataInUnits, sweepParameterUnit } from "./sweep-parameter-unit";

describe("the unit of a swept parameter", () => {
  it("is read from the path: fault and workload durations, topology settings, fractions", () => {
    expect(sweepParameterUnit("faults.controller.mttr")).toBe("duration");
    expect(sweepParameterUnit("faults.executor.mtbf")).toBe("duration");
    expect(sweepParameterUnit("workload.pipeline.stages.2.duration")).toBe("duration");
    expect(sweepParameterUnit("topologies.1.overrides.failover.detection")).toBe("duration");
    expect(sweepParameterUnit("shared.platform.toleration")).toBe("duration");
    expect(sweepParameterUnit("workload.pipeline.stages.0.flakyProbability")).toBe("fraction");
    expect(sweepParameterUnit("topologies.0.overrides.controllers.count")).toBe("number");
  });

  it("formats values in that unit", () => {
    expect(formatSweptValue("faults.controller.mttr", 1200)).toBe("20 min");
    expect(formatSweptValue("workload.pipeline.stages.0.flakyProbability", 0.05)).toBe("5 %");
    expect(formatSweptValue("topologies.0.overrides.controllers.count", 3)).toBe("3");
  });

  it("rescales the axis values and names the unit, leaving plain numbers alone", () => {
    const data: SweepCurvesData = {
      parameter: "faults.controller.mttr",
      metric: "availability",
      quantity: "mean availability",
      series: [
        {
          name: "single",
          points: [300, 2400].map((value) => ({
            value,
            estimate: { mean: 0.99, halfWidth: 0, lower: 0.99, upper: 0.99, n: 2, level: 0.95 },
          })),
        },
      ],
      targets: [],
      cheapest: { topology: "single", value: 300 },
    } as unknown as SweepCurvesData;
    const scaled = sweepDataInUnits(data);
    expect(scaled.parameter).toBe("faults.controller.mttr (min)");
    expect(scaled.series[0]!.points.map((p) => p.value)).toEqual([5, 40]);
    expect(scaled.cheapest?.value).toBe(5);
    const count = { ...data, parameter: "topologies.0.overrides.controllers.count" };
    expect(sweepDataInUnits(count)).toBe(count);
  });
});
