/**
 * Shared dependencies: every topology sees the same dependency outages, and what an outage
 * blocks depends on whether the topology uses the dependency. Nothing is perfect by construction:
 * a cloud-native platform whose Kubernetes control plane fails is out for that long.
 */
import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import type { ChaosEvent, FaultSpec, Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

function scenario(topologies: TopologySpec[], faults: FaultSpec, horizon = 6 * 3600): Scenario {
  return validateScenario({
    name: "dependencies",
    seed: 11,
    horizon,
    replications: 1,
    workload: {
      teams: 10,
      triggers: [{ kind: "poisson", ratePerHour: 30 }],
      pipeline: {
        stages: [
          { name: "checkout", duration: { kind: "uniform", min: 20, max: 60 } },
          { name: "build", duration: { kind: "uniform", min: 300, max: 600 } },
        ],
      },
    },
    faults,
    topologies,
    slo: [],
  });
}

const run = (s: Scenario, t = 0, r = 0) =>
  simulate(s, expandTopology(s.topologies[t]!, t), r, { checkInvariants: 300 });
const chaos = (target: string, at = 3600, duration = 1800): FaultSpec => ({
  chaos: [{ at, target, kind: "down", duration } as ChaosEvent],
});

describe("dependency faults", () => {
  it("cloud-native: a control-plane outage takes the service down for its whole duration", () => {
    const s = scenario([{ preset: "cloud-native" }], chaos("control-plane"));
    const r = run(s);
    expect(r.outages.duration.count).toBe(1);
    expect(r.outages.duration.max).toBeCloseTo(1800, 0);
    expect(Object.keys(r.outages.byClass)).toEqual(["controlPlane"]);
    expect(r.service.availability).toBeCloseTo(1 - 1800 / (6 * 3600), 6);
    // Without it, cloud-native shows no outage at all.
    expect(run(scenario([{ preset: "cloud-native" }], {})).outages.duration.count).toBe(0);
  });

  it("a control-plane outage does not stop a VM controller with static agents from taking triggers", () => {
    const s = scenario(
      [{ preset: "single", overrides: { executors: { kind: "static", count: 20 } } }],
      chaos("control-plane"),
    );
    expect(run(s).outages.duration.count).toBe(0);
  });

  it("an ingress outage takes every topology down for the same time (same trace)", () => {
    const s = scenario(
      [{ preset: "single" }, { preset: "active-active" }, { preset: "cloud-native" }],
      chaos("ingress", 7200, 900),
    );
    for (let t = 0; t < 3; t++) {
      const r = run(s, t);
      expect(r.outages.byClass.ingress?.count ?? 0).toBeGreaterThanOrEqual(1);
      expect(r.outages.byClass.ingress!.max).toBeCloseTo(900, 0);
    }
  });

  it("a source-host outage holds checkouts (lead times grow) but loses nothing", () => {
    const base = run(scenario([{ preset: "cloud-native" }], {}));
    const s = run(scenario([{ preset: "cloud-native" }], chaos("scm", 3600, 3600)));
    expect(s.pipelines.leadTime.max).toBeGreaterThan(base.pipelines.leadTime.max + 1800);
    expect(s.pipelines.lost).toBe(0);
  });

  it("stochastic dependency outages use their own stream: the same trace for every topology", () => {
    const s = scenario(
      [{ preset: "single" }, { preset: "resilient-decoupled" }],
      { ingress: { mtbf: 3 * 3600, mttr: 600 } },
      2 * 86_400,
    );
    const times = [0, 1].map((t) =>
      run(s, t)
        .incidents.sample.filter((i) => i.componentClass === "ingress")
        .map((i) => i.at),
    );
    expect(times[0]!.length).toBeGreaterThan(3);
    expect(times[1]).toEqual(times[0]);
  });

  it("a bad release takes the standby down too: failover cannot help until it is rolled back", () => {
    const s = scenario([{ preset: "active-passive" }], chaos("release", 3600, 2400));
    const r = run(s);
    expect(r.outages.byClass.release?.count).toBe(1);
    expect(r.outages.byClass.release!.max).toBeGreaterThanOrEqual(2400);
  });

  it("chaos `down` holds for pods: both cloud-native reconcilers down for 2 h is 2 h of stalled work", () => {
    const s = scenario(
      [{ preset: "cloud-native" }],
      {
        chaos: [
          { at: 3600, target: "controller-0", kind: "down", duration: 7200 },
          { at: 3600, target: "controller-1", kind: "down", duration: 7200 },
        ],
      },
      8 * 3600,
    );
    const r = run(s);
    const incident = r.incidents.sample.find((i) => i.component === "controller-0")!;
    expect(incident.recovery ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(7200);
  });
});
