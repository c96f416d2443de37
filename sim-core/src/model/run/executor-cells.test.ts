import { describe, expect, it } from "vitest";
import { expandTopology } from "../expand-topology";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { ExecutorSpec, Scenario } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";
import { addExecutorPools, cellPoolKey, totalExecutors } from "./executor-cells";
import type { Executor, ExecutorPool } from "./executor-pool";

/** Four teams, static executors as given, no faults. */
const scenario = (executors: Partial<ExecutorSpec>): Scenario =>
  realisticScenario({
    horizon: 2 * 86_400,
    faults: {},
    workload: {
      teams: 4,
      triggers: [{ kind: "poisson", ratePerHour: 8 }],
      pipeline: {
        stages: [
          { name: "build", duration: { kind: "exponential", mean: 300 }, label: "build" },
          { name: "test", duration: { kind: "exponential", mean: 600 }, label: "test" },
        ],
      },
    },
    topologies: [
      {
        preset: "single",
        overrides: { executors: { kind: "static", count: 4, labels: ["build", "test"], ...executors } },
      },
    ],
  });

describe("executor cells and per-label counts", () => {
  it("split each label's executors into cells and size labels apart", () => {
    const s = validateScenario(scenario({ cells: 2, countByLabel: { test: 6 } }));
    const t = expandTopology(s.topologies[0]!, 0);
    const pools = new Map<string, ExecutorPool>();
    const executors: Executor[] = [];
    for (const label of ["build", "test"]) addExecutorPools(t, label, pools, executors);
    expect([...pools.keys()]).toEqual(["build", "build#cell-1", "test", "test#cell-1"]);
    expect([...pools.values()].map((p) => p.executors.length)).toEqual([2, 2, 3, 3]);
    expect(executors.map((e) => e.name)).toEqual(Array.from({ length: 10 }, (_, i) => `executor-${i}`));
    expect(totalExecutors(t)).toBe(10);
    expect(cellPoolKey("test", 0)).toBe("test");
  });

  it("keep a team's work in its own cell and bill every executor", () => {
    const s = validateScenario(scenario({ cells: 4, countByLabel: { test: 8 } }));
    const r = simulate(s, expandTopology(s.topologies[0]!, 0), 0, { checkInvariants: 3600 });
    expect(r.pipelines.succeeded).toBeGreaterThan(300);
    const single = validateScenario(scenario({}));
    const base = simulate(single, expandTopology(single.topologies[0]!, 0), 0);
    // 12 executors against 8: the static-agent cost grows by half.
    expect(r.cost.byKind.executor!.hours / base.cost.byKind.executor!.hours).toBeCloseTo(1.5, 6);
  });

  it("reject more cells than a label has executors, and a count for an unknown label", () => {
    expect(() => validateScenario(scenario({ cells: 5 }))).toThrow(/executors\.cells.*every cell needs one/);
    expect(() => validateScenario(scenario({ countByLabel: { deploy: 2 } }))).toThrow(
      /executors\.countByLabel\.deploy/,
    );
  });
});
