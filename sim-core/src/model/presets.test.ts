/**
 * Fair presets: they share everything that is not the topology, and each remaining difference is
 * one the design requires (docs/model.md, "Presets").
 */
import { describe, expect, it } from "vitest";
import { expandTopology } from "./expand-topology";
import { presetConfig } from "./presets";
import type { ChaosEvent, PresetName, Scenario, TopologySpec } from "./scenario-types";
import { PRESET_NAMES } from "./scenario-types";
import { simulate } from "./simulate";
import { topologyDifferences } from "./topology-differences";
import { componentNames, validateScenario } from "./validation/validate-scenario";

/** What a preset's design may set: its controllers, what sits in front of them, and its components. */
const TOPOLOGY_SETTINGS = new Set([
  "controllers.count",
  "controllers.mode",
  "controllers.capacity",
  "controllers.state",
  "controllers.hosting",
  "controllers.statefulVolume",
  "controllers.boot",
  "intake.decoupled",
]);
const TOPOLOGY_COMPONENTS = ["failover.", "router.", "sharedStore."];
const JENKINS_STYLE: PresetName[] = ["single", "active-passive", "active-active", "resilient-decoupled"];

const expand = (preset: PresetName) => expandTopology({ preset }, 0);

function scenario(topologies: TopologySpec[], chaos: ChaosEvent[] = [], horizon = 4 * 3_600): Scenario {
  return validateScenario({
    name: "presets",
    seed: 11,
    horizon,
    replications: 1,
    workload: {
      teams: 20,
      triggers: [{ kind: "poisson", ratePerHour: 30 }],
      pipeline: {
        stages: [
          { name: "build", duration: { kind: "uniform", min: 120, max: 600 } },
          { name: "test", duration: { kind: "uniform", min: 120, max: 600 } },
        ],
      },
    },
    faults: { controller: { mtbf: 1e9, mttr: 7_200 }, chaos },
    topologies,
    slo: [],
  });
}

const runOf = (s: Scenario, t = 0, faultsOn = true) =>
  simulate(s, expandTopology(s.topologies[t]!, t), 0, { faultsOn });

describe("presets share everything that is not the topology", () => {
  it("every pair of presets differs only in settings that define the topology", () => {
    for (const a of PRESET_NAMES) {
      for (const b of PRESET_NAMES) {
        if (a >= b) continue;
        const settings = topologyDifferences([expand(a), expand(b)]).map((d) => d.setting);
        const extra = settings.filter(
          (s) => !TOPOLOGY_SETTINGS.has(s) && !TOPOLOGY_COMPONENTS.some((c) => s.startsWith(c)),
        );
        expect(extra, `${a} vs ${b}`).toEqual([]);
      }
    }
  });

  it("executors, in-flight policy, restart process, platform and prices are one and the same", () => {
    const base = presetConfig("single");
    for (const name of PRESET_NAMES) {
      const c = presetConfig(name);
      expect(c.executors, name).toEqual(base.executors);
      expect(c.inFlight, name).toEqual({ policy: "resume-from-checkpoint", retryBudget: 2 });
      expect(c.controllers.restart, name).toBe("supervisor");
      expect(c.platform, name).toEqual(base.platform);
      expect(c.costs, name).toEqual(base.costs);
      expect(c.onTriggerUnavailable, name).toBe(base.onTriggerUnavailable);
      expect(c.triggerRetry, name).toEqual(base.triggerRetry);
    }
  });

  it("the Jenkins-style designs share their controllers' boot, and every failover manager its settings", () => {
    const boots = JENKINS_STYLE.map((p) => JSON.stringify(presetConfig(p).controllers.boot));
    expect(new Set(boots).size).toBe(1);
    const ap = presetConfig("active-passive").failover!;
    const cn = presetConfig("cloud-native").failover!;
    // Only what is promoted differs: a Jenkins standby boots JENKINS_HOME, a reconciler just leads.
    expect({ ...ap, switchTime: null }).toEqual({ ...cn, switchTime: null });
  });

  it("active-passive stands on a shared store that can fail whenever active-active does", () => {
    const aa = expand("active-active");
    const ap = expand("active-passive");
    expect(ap.controllers.state).toBe("shared-store");
    expect(ap.sharedStore).toEqual(aa.sharedStore);
    expect(componentNames(ap)).toContain("store");
    expect(componentNames(aa)).toContain("store");
    // A store outage takes both controllers, primary and standby, down at once.
    const s = scenario(
      [{ preset: "active-passive" }],
      [{ at: 3_600, target: "store", kind: "down", duration: 600 }],
    );
    const run = runOf(s);
    expect(run.service.availability).toBeLessThan(1 - 600 / s.horizon + 1e-9);
  });
});

describe("a crashed controller is restarted by its supervisor, on a VM as in a pod", () => {
  for (const kind of ["crash", "hang"] as const) {
    it(`a single VM controller's ${kind} lasts a restart and a boot, not the 2 h repair`, () => {
      const chaos: ChaosEvent[] = [{ at: 3_600, target: "controller-0", kind, duration: 7_200 }];
      const supervised = runOf(scenario([{ preset: "single" }], chaos));
      // Down for detection (a hang: 40–50 s) + boot (median 45 s): minutes out of 4 h.
      expect(supervised.service.availability).toBeGreaterThan(0.97);
      expect(supervised.service.availability).toBeLessThan(1);
      // `restart: manual` is the human repair: the controller waits the 2 h.
      const manual = runOf(
        scenario([{ preset: "single", overrides: { controllers: { restart: "manual" } } }], chaos),
      );
      expect(manual.service.availability).toBeLessThan(0.55);
    });
  }
});

describe("every design pays for the same executors", () => {
  it("the Jenkins-style designs and cloud-native spend the same on executor pods for the same work", () => {
    const s = scenario(
      PRESET_NAMES.map((preset) => ({ preset })),
      [],
      86_400,
    );
    const executorCost = PRESET_NAMES.map((_, t) => runOf(s, t, false).cost.byKind.executor?.cost ?? 0);
    const [single, activePassive, activeActive, decoupled, cloudNative] = executorCost as [
      number,
      number,
      number,
      number,
      number,
    ];
    expect(single).toBeGreaterThan(0);
    for (const other of [activePassive, decoupled, cloudNative]) expect(other / single).toBeCloseTo(1, 9);
    // Active-active's shared-store lock contention (+5 % per extra replica) makes its stages longer.
    expect(activeActive / single).toBeGreaterThan(1);
    expect(activeActive / single).toBeLessThan(1.1 + 1e-9);
  });

  it("a standby pod is priced as a controller pod, a standby VM as a controller VM", () => {
    const s = scenario([{ preset: "cloud-native" }, { preset: "active-passive" }], [], 86_400);
    const cn = runOf(s, 0, false).cost.byKind;
    const ap = runOf(s, 1, false).cost.byKind;
    const costs = presetConfig("cloud-native").costs;
    expect(cn.standby).toBeUndefined();
    expect(cn.standbyPod?.cost).toBeCloseTo(24 * costs.controllerPodHour, 9);
    expect(cn.standbyPod?.cost).toBeCloseTo(cn.controllerPod!.cost, 9);
    expect(ap.standby?.cost).toBeCloseTo(24 * costs.standbyHour, 9);
    expect(ap.standby?.cost).toBeCloseTo(ap.controller!.cost, 9);
  });
});
