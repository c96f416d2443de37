import { loadLibraryScenario } from "@resilab/scenarios";
import { describe, expect, it } from "vitest";
import { topologyChoices } from "./knobs";

const knob = (index: number) => topologyChoices(index).find((k) => k.id.endsWith("failover-trigger"))!;

describe("the failover-trigger choice", () => {
  it("shows only for topologies with a failover manager, with the effective value", () => {
    const comparison = loadLibraryScenario("default-comparison");
    expect(knob(0).read(comparison)).toBeUndefined(); // single: no failover manager, field hidden
    expect(knob(1).read(comparison)).toBe("automatic"); // active-passive preset
    const onCall = loadLibraryScenario("on-call-manual-failover");
    expect(knob(1).read(onCall)).toBe("manual");
    expect(knob(1).path).toEqual(["topologies", 1, "overrides", "failover", "trigger"]);
  });
});

describe("the upgrade-strategy choice", () => {
  it("shows only when the scenario has planned changes, with the design's strategy", () => {
    const knob = (index: number) => topologyChoices(index).find((k) => k.id.endsWith("upgrade-strategy"))!;
    expect(knob(0).read(loadLibraryScenario("default-comparison"))).toBeUndefined();
    const planned = loadLibraryScenario("planned-maintenance");
    expect([0, 1, 2].map((i) => knob(i).read(planned))).toEqual(["full-restart", "rolling", "blue-green"]);
  });
});
