import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { ChaosEvent, FaultSpec, Scenario } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

/**
 * An agent partition and an executor failure overlapping on the same machine, with
 * hold-until-return: the machine's failure ends the partition (it reconnects afresh when back),
 * and its task waits for it once, not twice (the partition used to "complete" the held task on
 * heal, with no executor: TypeError reading 'opTimer').
 */
function overlapping(faults: FaultSpec, executors = 1, saturated = true): Scenario {
  return validateScenario(
    realisticScenario({
      horizon: 2 * 86_400,
      warmup: 0,
      workload: {
        teams: 2,
        // Saturated: the agent is always busy, so the chaos partition always cuts running work.
        triggers: [saturated ? { kind: "saturated" } : { kind: "poisson", ratePerHour: 6 }],
        pipeline: { stages: [{ name: "build", duration: { kind: "deterministic", value: 300 } }] },
      },
      faults,
      topologies: [
        {
          preset: "single",
          overrides: {
            executors: { kind: "static", count: executors },
            inFlight: { policy: "hold-until-return", retryBudget: 2 },
          },
        },
      ],
    }),
  );
}

function runAndAccount(s: Scenario) {
  const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0, { checkInvariants: 60 });
  const p = r.pipelines;
  expect(p.succeeded + p.failedFlaky + p.failedInfrastructure + p.lost + p.stillRunning).toBe(p.triggered);
  return r;
}

describe("an executor failing during its agent partition (hold-until-return)", () => {
  const cases: [string, ChaosEvent[], number][] = [
    [
      "short partition (healed before detection), machine crashes inside it",
      [
        { at: 1000, target: "partition-0", kind: "down", duration: 120 },
        { at: 1060, target: "executor-0", kind: "crash", duration: 300 },
      ],
      1,
    ],
    [
      "short partition, machine crashes and is back before the partition would heal",
      [
        { at: 1000, target: "partition-0", kind: "down", duration: 300 },
        { at: 1010, target: "executor-0", kind: "crash", duration: 30 },
      ],
      1,
    ],
    [
      "long partition (detected), machine crashes before detection",
      [
        { at: 1000, target: "partition-0", kind: "down", duration: 1800 },
        { at: 1100, target: "executor-0", kind: "crash", duration: 600 },
      ],
      1,
    ],
    [
      // Detected at 1540 s: the agent is already taken down, the crash finds nothing to fail.
      "long partition, machine crashes after detection",
      [
        { at: 1000, target: "partition-0", kind: "down", duration: 1800 },
        { at: 1700, target: "executor-0", kind: "crash", duration: 600 },
      ],
      0,
    ],
  ];
  it.each(cases)(
    "%s: every pipeline is accounted for and the invariants hold",
    (_, chaos, executorIncidents) => {
      const r = runAndAccount(overlapping({ chaos }));
      expect(r.incidents.byClass.agentPartition).toBe(1);
      expect(r.incidents.byClass.executor ?? 0).toBe(executorIncidents);
      // The executor is back long before the horizon and the line runs on: 2 days of 300 s stages
      // is 576 pipelines, less at most 2400 s (8 pipelines) of partition and repair.
      expect(r.pipelines.succeeded).toBeGreaterThanOrEqual(576 - 8 - 1);
    },
  );

  it("holds under frequent stochastic executor faults (wall and operating clock) and partitions", () => {
    for (const clock of ["wall", "operating"] as const) {
      runAndAccount(
        overlapping(
          {
            executor: { mtbf: 2 * 3600, mttr: 600, clock },
            agentPartition: { mtbf: 3600, mttr: 300 },
          },
          3,
          false,
        ),
      );
    }
  });
});
