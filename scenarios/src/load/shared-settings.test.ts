/** A scenario's `shared:` block: parsed like overrides, applied to every topology below their own. */
import { expandTopologies } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadScenario, tryLoadScenario } from "./load-scenario";
import { variant } from "./test-scenario";

const withShared = (block: string) => variant("topologies:\n", `${block}topologies:\n`);

describe("shared settings", () => {
  it("take the overrides' units and reach every topology", () => {
    const s = loadScenario(
      withShared(
        "shared:\n  executors: { kind: static, lossDetection: 10s }\n  controllers: { restart: manual }\n  platform: { volumeScope: regional }\n  failover: { coverage: 99% }\n",
      ),
    );
    expect(s.shared).toEqual({
      executors: { kind: "static", lossDetection: 10 },
      controllers: { restart: "manual" },
      platform: { volumeScope: "regional" },
      failover: { coverage: 0.99 },
    });
    const [single, decoupled] = expandTopologies(s);
    for (const c of [single!, decoupled!]) {
      expect(c.executors.kind).toBe("static");
      expect(c.executors.lossDetection).toBe(10);
      expect(c.controllers.restart).toBe("manual");
      expect(c.platform.volumeScope).toBe("regional");
    }
    // No failover manager appears where the design has none; the topology's own overrides win.
    expect(single!.failover).toBeUndefined();
    expect(decoupled!.controllers.count).toBe(4);
  });

  it("are checked like overrides, with the path of the field", () => {
    const bad = tryLoadScenario(withShared("shared:\n  controllers: { restart: sometimes }\n"));
    expect(bad.ok).toBe(false);
    const unknown = tryLoadScenario(withShared("shared:\n  controller: { count: 2 }\n"));
    expect(unknown.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad)).toContain("shared.controllers.restart");
  });
});
