import { describe, expect, it } from "vitest";
import { expandTopology } from "./expand-topology";
import { realisticScenario } from "./fixtures/realistic-scenario";
import { INCIDENT_SAMPLE_LIMIT } from "./metrics/incidents";
import type { Scenario, TopologySpec } from "./scenario-types";
import { simulate } from "./simulate";
import { validateScenario } from "./validation/validate-scenario";

const week = (overrides: Partial<Scenario> = {}) =>
  validateScenario(realisticScenario({ horizon: 7 * 86_400, ...overrides }));
const run = (s: Scenario, t: number, r: number, faultsOn = true) =>
  simulate(s, expandTopology(s.topologies[t]!, t), r, { faultsOn });

describe("simulate", () => {
  it("is deterministic: same scenario and seed, same bytes; another seed, another run", () => {
    const s = week();
    const a = JSON.stringify(run(s, 3, 0));
    expect(JSON.stringify(run(s, 3, 0))).toBe(a);
    const other = run(week({ seed: 43 }), 3, 0);
    expect(other.fingerprint).not.toBe(JSON.parse(a).fingerprint);
    expect(run(s, 3, 1).fingerprint).not.toBe(JSON.parse(a).fingerprint);
  });

  it("gives every topology the same commits (common random numbers)", () => {
    const s = week();
    const triggered = s.topologies.map((_, t) => run(s, t, 0, false).pipelines.triggered);
    expect(new Set(triggered).size).toBe(1);
    // With faults off the same pipelines take the same work: lead times agree where capacity is not binding.
    const lead = s.topologies.map((_, t) => run(s, t, 0, false).pipelines.leadTime.p50);
    expect(lead[0]).toBeCloseTo(lead[1]!, 6);
  });

  it("the faults-off twin has no incidents and costs no more events than the faulted run", () => {
    const s = week();
    for (let t = 0; t < s.topologies.length; t++) {
      const faulted = run(s, t, 0);
      const twin = run(s, t, 0, false);
      expect(twin.incidents.count).toBe(0);
      expect(faulted.incidents.count).toBeGreaterThan(0);
      expect(twin.events).toBeLessThanOrEqual(faulted.events);
      expect(twin.service.availability).toBe(1);
    }
  });

  it("keeps bounded samples however long it runs", () => {
    const s = validateScenario(
      realisticScenario({
        horizon: 120 * 86_400,
        faults: { executor: { mtbf: 86_400, mttr: 600 } },
        topologies: [{ preset: "single" }],
      }),
    );
    const r = run(s, 0, 0);
    expect(r.incidents.count).toBeGreaterThan(INCIDENT_SAMPLE_LIMIT);
    expect(r.incidents.sample).toHaveLength(INCIDENT_SAMPLE_LIMIT);
    expect(r.pipelines.sample.length).toBeLessThanOrEqual(100);
    expect(r.service.availabilitySeries.values).toHaveLength(120);
  });

  it("applies the in-flight policy: fail-and-notify fails pipelines, restart and resume redo work", () => {
    const faults = { executor: { mtbf: 3_600, mttr: 60 } };
    const with_ = (policy: string): TopologySpec => ({
      name: policy,
      preset: "single",
      // Static agents: an agent can come back (hold-until-return), a pod cannot.
      overrides: { executors: { kind: "static" }, inFlight: { policy: policy as never, retryBudget: 5 } },
    });
    const s = week({
      faults,
      topologies: [
        with_("fail-and-notify"),
        with_("restart-from-scratch"),
        with_("resume-from-checkpoint"),
        with_("hold-until-return"),
      ],
    });
    const [fail, restart, resume, hold] = [0, 1, 2, 3].map((t) => run(s, t, 0));
    expect(fail!.pipelines.failedInfrastructure).toBeGreaterThan(0);
    expect(fail!.pipelines.restarts).toBe(0);
    expect(restart!.pipelines.failedInfrastructure).toBeLessThan(fail!.pipelines.failedInfrastructure / 10);
    expect(restart!.incidents.workLost).toBeGreaterThan(resume!.incidents.workLost);
    expect(hold!.incidents.workLost).toBe(0);
    expect(hold!.pipelines.restarts).toBe(0);
  });

  it("loses triggers only as the scenario says", () => {
    const chaos = [{ at: 7_200, target: "controller-0", kind: "crash" as const, duration: 3_600 }];
    const policy = (onTriggerUnavailable: "buffer" | "retry" | "lose"): TopologySpec => ({
      name: onTriggerUnavailable,
      preset: "single",
      // Repaired by hand: the crash holds the controller down for the chaos event's hour.
      overrides: { onTriggerUnavailable, controllers: { restart: "manual" } },
    });
    const s = week({ faults: { chaos }, topologies: [policy("lose"), policy("buffer"), policy("retry")] });
    const [lose, buffer, retry] = [0, 1, 2].map((t) => run(s, t, 0));
    expect(lose!.pipelines.lost).toBeGreaterThan(10);
    expect(buffer!.pipelines.lost).toBe(0);
    // Sender retries span about 10 minutes of a one-hour outage: most are lost, some get through.
    expect(retry!.pipelines.lost).toBeGreaterThan(0);
    expect(retry!.pipelines.lost).toBeLessThan(lose!.pipelines.lost);
  });

  it("charges the idle standby and the static pool for the whole horizon", () => {
    const s = week({
      topologies: [{ preset: "active-passive", overrides: { executors: { kind: "static" } } }],
    });
    const cost = run(s, 0, 0, false).cost;
    const hours = (7 * 86_400 - 3_600) / 3_600;
    expect(cost.byKind.standby!.hours).toBeCloseTo(hours, 6);
    expect(cost.byKind.controller!.hours).toBeCloseTo(hours, 6);
    expect(cost.byKind.executor!.hours).toBeCloseTo(20 * hours, 6);
  });
});
