import { describe, expect, it } from "vitest";
import { expandTopology } from "./expand-topology";
import { realisticScenario } from "./fixtures/realistic-scenario";
import { simulate } from "./simulate";
import { validateScenario } from "./validation/validate-scenario";

describe("a large executor pool", () => {
  it("builds and runs with 300,000 agents (a push(...spread) of the pool overflowed the stack above ~120,000)", () => {
    const s = validateScenario(
      realisticScenario({
        horizon: 600,
        warmup: 0,
        faults: {},
        topologies: [{ preset: "single", overrides: { executors: { kind: "static", count: 300_000 } } }],
      }),
    );
    const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0);
    expect(r.pipelines.triggered).toBeGreaterThan(0);
  });
});
