/**
 * The valid-scenario generator reaches every part of the format, newer parts included, and the
 * loader accepts what it generates (a refusal of a valid case would be reported as a failure by
 * the campaign; here it is caught on the generator alone, without running anything).
 */
import { tryLoadScenario } from "@resilab/scenarios";
import { FAULT_CLASS_NAMES } from "@resilab/sim-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validScenario } from "./scenario-arbitrary";
import { flowYaml } from "./yaml-text";

const SAMPLES = 150;

/** Paths (dotted, "*" for any key or index) the sample must reach at least once. */
const REACHED = [
  ...FAULT_CLASS_NAMES.map((c) => `faults.${c}`),
  "faults.*.repairByMode",
  "people.schedule",
  "people.weekStart",
  "maintenance.window",
  "maintenance.changes",
  "assumptions",
  "topologies.*.overrides.recovery.backup",
  "topologies.*.overrides.recovery.restore",
  "topologies.*.overrides.recovery.stateSize",
  "topologies.*.overrides.recovery.region",
  "topologies.*.overrides.executors.cells",
  "topologies.*.overrides.executors.countByLabel",
  "topologies.*.overrides.controllers.load",
  "topologies.*.overrides.controllers.bootGrowth",
  "topologies.*.overrides.controllers.restartStorm",
  "topologies.*.overrides.controllers.upgrade",
  "topologies.*.overrides.failover.trigger",
  "topologies.*.overrides.failover.manualSteps",
];

function reaches(value: unknown, keys: string[]): boolean {
  if (keys.length === 0) return value !== undefined;
  if (typeof value !== "object" || value === null) return false;
  const [key, ...rest] = keys;
  const children = key === "*" ? Object.values(value) : [(value as Record<string, unknown>)[key!]];
  return children.some((child) => reaches(child, rest));
}

describe("validScenario", () => {
  const docs = fc.sample(validScenario, { numRuns: SAMPLES, seed: 20_261_201 });

  it("generates scenarios the loader accepts", () => {
    const refused = docs
      .map((doc) => tryLoadScenario(`${flowYaml(doc)}\n`, "fuzz.yaml"))
      .filter((r) => !r.ok)
      .map((r) => JSON.stringify(r).slice(0, 400));
    expect(refused).toEqual([]);
  });

  it.each(REACHED)("reaches %s", (path) => {
    expect(docs.some((doc) => reaches(doc, path.split(".")))).toBe(true);
  });

  it("chaos reaches the region and a shard's state", () => {
    const targets = docs.flatMap((d) =>
      ((d.faults as { chaos?: { target: string }[] }).chaos ?? []).map((e) => e.target),
    );
    expect(targets).toContain("region");
    expect(targets.some((t) => t.startsWith("corruption-"))).toBe(true);
  });
});
