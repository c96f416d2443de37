import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import type { PipelineRecord } from "../result-types";
import type { Scenario } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { checkpointFloor } from "./interruption-policy";

/** When a pipeline's attempt at stage 0 number `n` (0-based) started (s). */
function attemptStart(record: PipelineRecord, n: number): number {
  const attempts = record.attempts.filter(([stage]) => stage === 0);
  return attempts[n]![1];
}

describe("in-flight policies", () => {
  // One executor, an endless backlog of 10-minute pipelines (all waiting in its queue), and the
  // executor crashing 5 minutes into the first pipeline for one minute.
  const scenario = (policy: "restart-from-scratch" | "resume-from-checkpoint"): Scenario =>
    validateScenario({
      name: "queue",
      seed: 3,
      horizon: 24 * 3600, // the whole backlog (100 × 600 s) runs
      replications: 1,
      workload: {
        teams: 1,
        triggers: [{ kind: "saturated" }],
        pipeline: { stages: [{ name: "work", duration: { kind: "deterministic", value: 600 } }] },
      },
      faults: { chaos: [{ at: 300, target: "executor-0", kind: "crash", duration: 60 }] },
      topologies: [
        {
          preset: "single",
          overrides: {
            executors: { kind: "static", count: 1, lossDetection: 0 },
            inFlight: { policy, retryBudget: 3 },
          },
        },
      ],
      slo: [],
    });
  const run = (s: Scenario) => simulate(s, expandTopology(s.topologies[0]!, 0), 0, { faultsOn: true });

  it.each(["restart-from-scratch", "resume-from-checkpoint"] as const)(
    "%s: the interrupted pipeline keeps its place before later triggers",
    (policy) => {
      // The sample is in order of finish: put it back in order of trigger.
      const [first, ...later] = run(scenario(policy)).pipelines.sample.sort((a, b) => a.id - b.id);
      expect(first!.restarts).toBe(1);
      expect(first!.attempts[0]).toEqual([0, 0, 300, "interrupted"]);
      // It runs again as soon as the executor is back, from the start (no checkpoints): 600 s.
      const again = attemptStart(first!, 1);
      expect(again).toBe(360);
      for (const record of later) {
        if (record.attempts.length > 0) expect(attemptStart(record, 0)).toBeGreaterThan(again);
      }
      expect(first!.finishedAt).toBe(960);
    },
  );
});

describe("checkpointFloor", () => {
  it("saves progress at the last checkpoint reached (checkpoints split the stage evenly)", () => {
    expect(checkpointFloor(250, 1000, 3)).toBe(250);
    expect(checkpointFloor(499, 1000, 3)).toBe(250);
    expect(checkpointFloor(999, 1000, 0)).toBe(0);
  });
});
