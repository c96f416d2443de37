import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { Scenario } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

/** Replicas with no router (the `single` preset has none) and hanging controllers. */
function routerless(faults: Scenario["faults"]): Scenario {
  return validateScenario(
    realisticScenario({
      horizon: 3 * 86_400,
      warmup: 0,
      faults,
      topologies: [{ preset: "single", overrides: { controllers: { mode: "replica", count: 2 } } }],
    }),
  );
}

describe("replicas without a router", () => {
  it("survive stochastic hangs and crashes: nothing ejects them, the shard stays degraded until each is back", () => {
    const s = routerless({ controller: { mtbf: 4 * 3600, mttr: 1200, modes: { crash: 0.5, hang: 0.5 } } });
    const topology = expandTopology(s.topologies[0]!, 0);
    expect(topology.router).toBeUndefined();
    const r = simulate(s, topology, 0, { checkInvariants: 600 });
    expect(r.incidents.byClass.controller).toBeGreaterThan(5);
    const p = r.pipelines;
    expect(p.succeeded + p.failedFlaky + p.failedInfrastructure + p.lost + p.stillRunning).toBe(p.triggered);
  });

  it("a chaos hang is detected by the supervisor's liveness probe, not a router, and the other replica keeps serving", () => {
    const s = routerless({ chaos: [{ at: 3600, target: "controller-0", kind: "hang", duration: 600 }] });
    const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0, { checkInvariants: 600 });
    expect(r.incidents.byClass.controller).toBe(1);
    // One replica of two hung: the service is degraded, never fully down (availability counts
    // the routed share that still answers), so no outage is open at the horizon.
    expect(r.outages.duration.censored).toEqual([]);
    expect(r.service.availability).toBeLessThan(1);
    expect(r.service.availability).toBeGreaterThan(0.99);
  });
});
