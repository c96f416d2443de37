import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

/**
 * A saturated backlog (an endless line) whose triggers are refused at the door — its controller
 * down, its intake full — used to replace each refused pipeline at once, at the same instant, for
 * ever: a zero-delay cycle the kernel stopped with a Zeno error. A refused pipeline is now offered
 * again after the sender's retry backoff (`triggerRetry.initial`, doubling per refusal in a row up
 * to `triggerRetry.max`), so the bounds below (one offer per `initial`) hold with room to spare.
 */
function saturated(topology: TopologySpec, chaos = true): Scenario {
  return validateScenario(
    realisticScenario({
      horizon: 86_400,
      warmup: 0,
      workload: {
        teams: 2,
        triggers: [{ kind: "saturated" }],
        pipeline: { stages: [{ name: "s", duration: { kind: "exponential", mean: 60 } }] },
      },
      faults: chaos ? { chaos: [{ at: 3600, target: "controller-0", kind: "crash", duration: 1800 }] } : {},
      topologies: [topology],
    }),
  );
}

describe("a saturated line refused at the door", () => {
  it("waits out a controller outage (no state kept: every pipeline lost, every replacement refused)", () => {
    const s = saturated({
      preset: "single",
      overrides: {
        controllers: { state: "none", restart: "manual" },
        executors: { kind: "static", count: 4 },
      },
    });
    const t = expandTopology(s.topologies[0]!, 0);
    const r = simulate(s, t, 0, { checkInvariants: 600 });
    const p = r.pipelines;
    expect(p.succeeded + p.failedFlaky + p.failedInfrastructure + p.lost + p.stillRunning).toBe(p.triggered);
    expect(p.lost).toBeGreaterThan(100); // the backlog lost with the controller, then refused ones
    // Refused pipelines come back every triggerRetry.initial (10 s): about 100 per 10 s of outage
    // at most, not an endless loop at one instant.
    expect(p.lost).toBeLessThan(100 + 100 * (1800 / t.triggerRetry.initial) * 1.5);
    expect(p.succeeded).toBeGreaterThan(1000);
  });

  it("waits for room in a full intake smaller than the backlog", () => {
    const s = saturated(
      { preset: "single", overrides: { intake: { capacity: 10, overflow: "drop" } } },
      false,
    );
    const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0);
    expect(r.pipelines.succeeded).toBeGreaterThan(1000);
  });
});
