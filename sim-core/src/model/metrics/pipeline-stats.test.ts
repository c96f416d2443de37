import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import type { Scenario } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { PipelineStats } from "./pipeline-stats";

const HOUR_US = 3600e6;

describe("PipelineStats", () => {
  it("counts completions by finish time: work triggered in the warm-up and finished after it counts", () => {
    const stats = new PipelineStats(HOUR_US);
    // Triggered before the warm-up ends, finished after: a completion, not a post-warm-up pipeline.
    stats.onFinished(0, 0, 1.5 * HOUR_US, "succeeded", 0, null);
    // Finished inside the warm-up: neither.
    stats.onFinished(0, 0, 0.5 * HOUR_US, "succeeded", 0, null);
    // Triggered and finished after the warm-up: both.
    stats.onFinished(1.2 * HOUR_US, 1.2 * HOUR_US, 2 * HOUR_US, "succeeded", 0, null);
    // A failure after the warm-up is no completion.
    stats.onFinished(0, 0, 2 * HOUR_US, "failed-flaky", 0, null);
    expect(stats.completed).toBe(2);
    expect(stats.succeeded).toBe(1);
  });
});

describe("throughput", () => {
  /** One 10-minute stage on one executor fed by an endless backlog, no faults: exactly 6 an hour. */
  const line = (warmup: number, horizon: number): Scenario =>
    validateScenario({
      name: "line",
      seed: 1,
      horizon,
      warmup,
      replications: 1,
      workload: {
        teams: 1,
        triggers: [{ kind: "saturated" }],
        pipeline: { stages: [{ name: "work", duration: { kind: "deterministic", value: 600 } }] },
      },
      faults: {},
      topologies: [{ preset: "single", overrides: { executors: { kind: "static", count: 1 } } }],
      slo: [],
    });
  const run = (s: Scenario) => simulate(s, expandTopology(s.topologies[0]!, 0), 0, { faultsOn: true });

  it("of a saturated line is its cadence after any warm-up (the backlog's completions count)", () => {
    // The backlog (100 pipelines) is triggered at 0 and takes 16.7 h: counting by trigger time
    // found no completion at all after a 1 h warm-up over a 4 h window.
    for (const [warmup, horizon] of [
      [0, 4 * 3600],
      [3600, 4 * 3600],
      [86_400, 3 * 86_400],
    ] as const) {
      const r = run(line(warmup, horizon));
      expect(r.service.throughputPerHour, `warm-up ${warmup} s`).toBeCloseTo(6, 1);
      expect(r.service.deploymentsPerDay, `warm-up ${warmup} s`).toBeCloseTo(144, 0);
    }
  });
});
