/**
 * The seed article's claims (docs/parameters.md, "Derived recovery timelines") as tests on the
 * model, each with a scripted chaos event on a realistic workload, over several replications.
 */
import { describe, expect, it } from "vitest";
import { expandTopology } from "./expand-topology";
import type { IncidentRecord } from "./result-types";
import type { ChaosEvent, Scenario, TopologySpec } from "./scenario-types";
import { simulate } from "./simulate";
import { validateScenario } from "./validation/validate-scenario";

function claimScenario(topology: TopologySpec, chaos: ChaosEvent[]): Scenario {
  return validateScenario({
    name: "claim",
    seed: 7,
    horizon: 4 * 3_600,
    replications: 8,
    workload: {
      teams: 20,
      triggers: [{ kind: "poisson", ratePerHour: 30 }],
      pipeline: {
        stages: [
          { name: "build", duration: { kind: "uniform", min: 300, max: 900 } },
          { name: "test", duration: { kind: "uniform", min: 300, max: 900 } },
        ],
      },
    },
    faults: { chaos },
    topologies: [topology],
    slo: [],
  });
}

/** The incidents of `component` over all replications. */
function incidentsOf(s: Scenario, component: string): IncidentRecord[] {
  const config = expandTopology(s.topologies[0]!, 0);
  const out: IncidentRecord[] = [];
  for (let r = 0; r < s.replications; r++) {
    out.push(...simulate(s, config, r).incidents.sample.filter((i) => i.component === component));
  }
  return out;
}

const minutes = (xs: IncidentRecord[]) => xs.map((i) => (i.recovery ?? Number.POSITIVE_INFINITY) / 60);

describe("the article's claims", () => {
  it("cloud-native: an agent pod lost mid-stage with a cached image resumes the pipeline in about 30 s", () => {
    const s = claimScenario(
      {
        preset: "cloud-native",
        overrides: { executors: { startup: { imagePull: { kind: "uniform", min: 0, max: 1 } } } },
      },
      [{ at: 3_600, target: "executor-0", kind: "crash" }],
    );
    // Replications where the pod was running a stage at that instant.
    const hit = incidentsOf(s, "executor-0").filter((i) => i.blastPipelines === 1);
    expect(hit.length).toBeGreaterThanOrEqual(3);
    for (const i of hit) {
      expect(i.recovery).toBeGreaterThan(5);
      expect(i.recovery).toBeLessThan(45);
    }
  });

  it("resilient-decoupled: a controller crash is recovered in about 0.3–2 min", () => {
    const s = claimScenario({ preset: "resilient-decoupled" }, [
      { at: 3_600, target: "controller-0", kind: "crash" },
    ]);
    const rec = minutes(incidentsOf(s, "controller-0"));
    expect(rec).toHaveLength(8);
    for (const m of rec) {
      expect(m).toBeGreaterThan(0.25);
      expect(m).toBeLessThan(3);
    }
  });

  it("a node lost under a single-replica stateful controller takes 6–12 min (plus boot), and the knobs close the gap", () => {
    const chaos: ChaosEvent[] = [{ at: 3_600, target: "node-0", kind: "down", duration: 7_200 }];
    // Static agents keep executor pods off the node, so the node's incident is its controllers'.
    const rd = (overrides: TopologySpec["overrides"] = {}): TopologySpec => ({
      preset: "resilient-decoupled",
      overrides: { ...overrides, executors: { kind: "static" } },
    });
    const stuck = minutes(incidentsOf(claimScenario(rd(), chaos), "node-0"));
    expect(stuck).toHaveLength(8);
    for (const m of stuck) {
      expect(m).toBeGreaterThan(6);
      expect(m).toBeLessThan(14);
    }
    // Without automation the pod waits for the node itself ("at most one" semantics): unbounded.
    const none = minutes(
      incidentsOf(claimScenario(rd({ platform: { nodeLossAutomation: "none" } }), chaos), "node-0"),
    );
    for (const m of none) expect(m).toBeGreaterThan(120);
    // The out-of-service taint with a 30 s toleration, or state that is not on a ReadWriteOnce volume.
    for (const overrides of [
      { platform: { nodeLossAutomation: "out-of-service-taint" as const, toleration: 30 } },
      { controllers: { statefulVolume: false }, platform: { toleration: 30 } },
    ]) {
      const fixed = minutes(incidentsOf(claimScenario(rd(overrides), chaos), "node-0"));
      for (const m of fixed) expect(m).toBeLessThan(3.5);
    }
  });

  it("a shared-store outage takes down every active-active replica at once", () => {
    const s = claimScenario({ preset: "active-active" }, [
      { at: 3_600, target: "store", kind: "down", duration: 600 },
    ]);
    const config = expandTopology(s.topologies[0]!, 0);
    const run = simulate(s, config, 0);
    const store = run.incidents.sample.find((i) => i.component === "store")!;
    expect(store.blastTeams).toBe(20);
    expect(store.serviceImpact).toBe(true);
    expect(store.recovery).toBeGreaterThanOrEqual(600);
    // Availability over the run: at least the 10-min outage of all replicas is lost.
    expect(run.service.availability).toBeLessThan(1 - 600 / (4 * 3_600) + 1e-9);
  });

  it("resilient-decoupled: only the crashed controller's teams are affected", () => {
    const s = claimScenario({ preset: "resilient-decoupled" }, [
      { at: 3_600, target: "controller-3", kind: "crash" },
    ]);
    const hit = incidentsOf(s, "controller-3");
    for (const i of hit) expect(i.blastTeams).toBe(2); // 20 teams over 10 shards
    const aa = claimScenario({ preset: "single" }, [{ at: 3_600, target: "controller-0", kind: "crash" }]);
    for (const i of incidentsOf(aa, "controller-0")) expect(i.blastTeams).toBe(20);
  });
});
