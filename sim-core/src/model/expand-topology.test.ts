import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { expandTopologies, expandTopology } from "./expand-topology";
import { realisticScenario } from "./fixtures/realistic-scenario";
import { presetConfig } from "./presets";
import type { Scenario } from "./scenario-types";
import { validateScenario } from "./validation/validate-scenario";

describe("a scenario's shared settings", () => {
  it("apply to every topology, over the preset", () => {
    const configs = expandTopologies({
      shared: { executors: { kind: "static", lossDetection: 30 }, inFlight: { policy: "fail-and-notify" } },
      topologies: [{ preset: "single" }, { preset: "cloud-native" }],
    });
    for (const c of configs) {
      expect(c.executors.kind).toBe("static");
      expect(c.executors.lossDetection).toBe(30);
      // Deep-merged: what shared does not name stays the preset's.
      expect(c.executors.count).toBe(presetConfig("single").executors.count);
      expect(c.inFlight).toEqual({ policy: "fail-and-notify", retryBudget: 2 });
    }
  });

  it("sit below each topology's own overrides", () => {
    const config = expandTopology({ preset: "single", overrides: { executors: { lossDetection: 1 } } }, 0, {
      executors: { lossDetection: 30, count: 7 },
    });
    expect(config.executors.lossDetection).toBe(1);
    expect(config.executors.count).toBe(7);
  });

  it("set a failover manager, router or shared store only where the topology has one", () => {
    const shared = {
      failover: { coverage: 0.99 },
      router: { healthCheck: { period: 1 } },
      sharedStore: { reconnect: 5 },
    };
    const [single, ap, aa, cn] = expandTopologies({
      shared,
      topologies: [
        { preset: "single" },
        { preset: "active-passive" },
        { preset: "active-active" },
        { preset: "cloud-native" },
      ],
    });
    expect(single!.failover).toBeUndefined();
    expect(single!.router).toBeUndefined();
    expect(single!.sharedStore).toBeUndefined();
    expect(ap!.failover?.coverage).toBe(0.99);
    expect(ap!.failover?.detection).toBe(15);
    expect(ap!.sharedStore).toEqual({ reconnect: 5, lockContention: 0.05 });
    expect(aa!.router?.healthCheck).toEqual({ period: 1, threshold: 3 });
    expect(aa!.failover).toBeUndefined();
    expect(cn!.failover?.coverage).toBe(0.99);
    expect(cn!.sharedStore).toBeUndefined();
    // A topology that gets the component from its own overrides gets the shared settings too.
    const withFailover = expandTopology(
      {
        preset: "single",
        overrides: {
          controllers: { count: 2 },
          failover: {
            detection: 5,
            coverage: 1,
            standby: "cold",
            switchTime: { kind: "deterministic", value: 9 },
            replicationLag: 0,
          },
        },
      },
      0,
      shared,
    );
    expect(withFailover.failover?.coverage).toBe(1);
    expect(withFailover.failover?.detection).toBe(5);
  });

  it("are validated with the topologies they apply to", () => {
    const s = (shared: unknown) => ({ ...realisticScenario(), shared }) as Scenario;
    expect(() => validateScenario(s({ executors: { count: 4 } }))).not.toThrow();
    expect(() => validateScenario(s({ executors: { count: -1 } }))).toThrow(
      /topologies\.0\.executors\.count/,
    );
    expect(() => validateScenario(s({ controllers: { restart: "sometimes" } }))).toThrow(
      /controllers\.restart/,
    );
    expect(() => validateScenario(s("all"))).toThrow(ValidationError);
    expect(() => validateScenario(s("all"))).toThrow(/shared/);
  });
});
