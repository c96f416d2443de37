/**
 * Every library scenario loads, states its question and service level, and runs (on a short
 * profile: two replications over a shortened horizon that still contains its chaos events).
 */
import { runExperiment, type Scenario } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { libraryNames, libraryText, listLibrary, loadLibraryScenario } from "./library";

/** Two replications; a horizon of at most 2 days that still covers every chaos event (+2 h). */
function shortProfile(scenario: Scenario): Scenario {
  const lastChaos = Math.max(
    0,
    ...(scenario.faults.chaos ?? []).map((event) => event.at + (event.duration ?? 0)),
  );
  const horizon = Math.min(scenario.horizon, Math.max(2 * 86_400, lastChaos + 7200));
  const short: Scenario = { ...scenario, replications: 2, horizon };
  if (short.warmup !== undefined) short.warmup = Math.min(short.warmup, horizon / 4);
  return short;
}

describe("scenario library", () => {
  it("has one file per system and claim the project grew from", () => {
    expect(libraryNames()).toEqual([
      "active-active-shared-storage",
      "active-passive",
      "cells-vs-shared-pool",
      "cloud-native-pod-failure",
      "default-comparison",
      "disaster-recovery",
      "line-balancing",
      "manufacturing-line",
      "node-loss-stateful-controller",
      "on-call-manual-failover",
      "overloaded-survivors",
      "planned-maintenance",
      "resilient-decoupled",
      "restart-storm",
      "retail-end-user",
      "setup-time",
      "shared-storage-outage",
      "single-controller",
      "spot-agents",
      "zone-outage",
    ]);
  });

  it("states in every description the question it answers and its agreed service level", () => {
    for (const entry of listLibrary()) {
      expect(entry.description, entry.name).toMatch(/^Question: .+\?/);
      expect(entry.description, entry.name).toMatch(/Service level: /);
    }
  });

  it("names each file after its scenario and points editors at the schema", () => {
    for (const name of libraryNames()) {
      expect(libraryText(name).startsWith("# yaml-language-server: $schema=../schema.json\n"), name).toBe(
        true,
      );
      expect(loadLibraryScenario(name).name).toBe(name);
    }
  });

  it("suggests a name for a typo", () => {
    expect(() => libraryText("default-comparisn")).toThrow('did you mean "default-comparison"?');
  });

  it.each(libraryNames())("%s runs on a short profile and judges every objective", (name) => {
    const scenario = shortProfile(loadLibraryScenario(name));
    const result = runExperiment(scenario, { toolVersion: "test" });
    expect(result.topologies.map((t) => t.topology)).toHaveLength(scenario.topologies.length);
    expect(result.verdicts).toHaveLength(scenario.slo.length * scenario.topologies.length);
    for (const topology of result.topologies) expect(topology.metrics.availability.mean).toBeGreaterThan(0);
  });
});
