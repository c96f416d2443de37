/** Per-replication values for the regression gate: outages absent are 0 s, not missing. */
import type { RunResult } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { valueKey, valuesFromRuns } from "./gate-sample";

function durations(values: number[], censored: number[] = [], never = 0) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    count: values.length,
    mean: values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length,
    max: sorted.at(-1) ?? 0,
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    histogram: { bounds: [], counts: [] },
    censored,
    never,
  };
}

/** Just enough of a run for the outage and interruption values. */
function run(replication: number, outages: number[], interrupted: number[], never = 0): RunResult {
  return {
    topology: "aa",
    replication,
    incidents: { detection: durations([]), workLost: 0 },
    outages: { duration: durations(outages), byClass: {}, teamDowntime: 0 },
    interruptions: { recovery: durations(interrupted, [], never), byClass: {} },
    pipelines: {
      leadTime: durations([]),
      feedbackTime: durations([]),
      failureDelay: null,
      succeeded: 0,
      failedFlaky: 0,
      failedInfrastructure: 0,
      lost: 0,
    },
    service: {
      availability: 1,
      stateAvailability: 1,
      throughputPerHour: 0,
      deploymentsPerDay: 0,
      blockedRequests: null,
    },
    cost: { perHour: 1 },
  } as unknown as RunResult;
}

describe("valuesFromRuns", () => {
  const values = valuesFromRuns([run(0, [], []), run(1, [120, 60], [30], 0), run(2, [], [], 2)], ["aa"]).aa!;

  it("counts a replication without outages as 0 s, so starting to have outages is a change", () => {
    expect(values[valueKey("outageDuration", "mean")]).toEqual([0, 90, 0]);
    expect(values[valueKey("outageDuration", "p90")]).toEqual([0, 120, 0]);
  });

  it("keeps work that never ran again out of the zero convention: that replication has no finite value", () => {
    expect(values[valueKey("interruptionRecovery", "mean")]).toEqual([0, 30, Number.NaN]);
  });
});
