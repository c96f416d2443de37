import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { FaultSpec, Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { InvariantViolation } from "./invariants";

/** Every topology of `s`, replications 0..n−1, with the invariants checked every simulated 10 min. */
function runChecked(s: Scenario, replications: number): void {
  s.topologies.forEach((spec, t) => {
    for (let r = 0; r < replications; r++) simulate(s, expandTopology(spec, t), r, { checkInvariants: 600 });
  });
}

describe("model invariants", () => {
  it("hold for every preset on the realistic comparison (a fortnight, 3 replications)", () => {
    runChecked(validateScenario(realisticScenario({ horizon: 14 * 86_400 })), 3);
  });

  it("hold under harsh controller faults that force double and uncovered failovers", () => {
    // Controllers fail every 6 h and take 1 h to repair: active-passive regularly loses its
    // standby while the primary is down, and the primary returns during switches.
    const s = validateScenario(
      realisticScenario({
        horizon: 10 * 86_400,
        faults: {
          controller: { mtbf: 6 * 3600, mttr: 3600, modes: { crash: 0.7, hang: 0.3 } },
          executor: { mtbf: 2 * 86_400, mttr: 600 },
          store: { mtbf: 4 * 86_400, mttr: 1800 },
        },
      }),
    );
    runChecked(s, 4);
  });

  it("a violation names the rule, the time and the pipeline", () => {
    const e = new InvariantViolation(
      1.5e6,
      "no work waits while it could run",
      "pipeline 7 has no stage in flight",
    );
    expect(e.message).toContain("t = 1.5 s");
    expect(e.message).toContain("pipeline 7");
  });

  it("hold over random scenarios (topology knobs, fault rates, in-flight policies)", () => {
    const presets = [
      "single",
      "active-passive",
      "active-active",
      "resilient-decoupled",
      "cloud-native",
    ] as const;
    const policies = [
      "restart-from-scratch",
      "resume-from-checkpoint",
      "hold-until-return",
      "fail-and-notify",
    ] as const;
    fc.assert(
      fc.property(
        fc.record({
          preset: fc.constantFrom(...presets),
          policy: fc.constantFrom(...policies),
          count: fc.integer({ min: 1, max: 4 }),
          executors: fc.integer({ min: 1, max: 6 }),
          survives: fc.boolean(),
          controllerMtbfH: fc.integer({ min: 2, max: 48 }),
          executorMtbfH: fc.integer({ min: 2, max: 48 }),
          partitionMtbfH: fc.integer({ min: 4, max: 96 }),
          storeMtbfH: fc.integer({ min: 12, max: 96 }),
          rate: fc.integer({ min: 2, max: 30 }),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        (k) => {
          const faults: FaultSpec = {
            controller: {
              mtbf: k.controllerMtbfH * 3600,
              mttr: 1200,
              modes: { crash: 0.6, hang: 0.3, slow: 0.1 },
            },
            executor: { mtbf: k.executorMtbfH * 3600, mttr: 900 },
            agentPartition: { mtbf: k.partitionMtbfH * 3600, mttr: 900 },
            store: { mtbf: k.storeMtbfH * 3600, mttr: 1800 },
            node: { mtbf: 3 * 86_400, mttr: 3600 },
          };
          const topology: TopologySpec = {
            preset: k.preset,
            overrides: {
              controllers: {
                count:
                  k.preset === "active-passive" || k.preset === "cloud-native"
                    ? Math.max(2, k.count)
                    : k.count,
              },
              executors: { count: k.executors, survivesControllerOutage: k.survives },
              inFlight: { policy: k.policy, retryBudget: 2 },
            },
          };
          const s = validateScenario(
            realisticScenario({
              seed: k.seed,
              horizon: 3 * 86_400,
              warmup: 0,
              workload: {
                ...realisticScenario().workload,
                triggers: [{ kind: "poisson", ratePerHour: k.rate }],
              },
              faults,
              topologies: [topology],
            }),
          );
          runChecked(s, 1);
        },
      ),
      { numRuns: 40, seed: 20261201 },
    );
  });
});
