/**
 * The claim of `overloaded-survivors`: three active-active replicas miss the p99 lead-time
 * objective because, with one lost, the two survivors' capacity is below the load — not because
 * of the failure as such. Checked by capacity arithmetic (Little's law: pipelines in flight L =
 * λW, measured in fault-free runs, against replicas × capacity), and by the verdicts with and
 * without the loss.
 */
import { expandTopology, runExperiment, type Scenario, simulate } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadLibraryScenario } from "./library";

const scenario = loadLibraryScenario("overloaded-survivors");
const verdicts = (s: Scenario) =>
  runExperiment(s, { toolVersion: "test" }).verdicts.map(
    (v) => `${v.topology} ${v.objective.metric}: ${v.verdict}`,
  );

describe("overloaded-survivors", () => {
  it("the load fits three replicas but not the two survivors; four leave three that carry it", () => {
    for (const [index, replicas] of [
      [0, 3],
      [1, 4],
    ] as const) {
      const t = expandTopology(scenario.topologies[index]!, index, scenario.shared);
      expect(t.controllers.count).toBe(replicas);
      const load = Array.from(
        { length: 5 },
        (_, r) => simulate(scenario, t, r, { faultsOn: false }).service.little,
      );
      for (const { L, lambdaW } of load) {
        expect(Math.abs(L - lambdaW) / L).toBeLessThan(0.02); // Little's law holds: L is the load
        expect(L).toBeLessThan(replicas * t.controllers.capacity * 0.9); // fits with everyone up
        // One replica lost: three survivors carry it (N+1), two do not.
        if (replicas === 3) expect(L).toBeGreaterThan((replicas - 1) * t.controllers.capacity);
        else expect(L).toBeLessThan((replicas - 1) * t.controllers.capacity);
      }
    }
  });

  it("misses p99 lead time with three replicas only because of the loss", () => {
    const s = { ...scenario, replications: 4, horizon: 5 * 86_400 };
    expect(verdicts(s)).toEqual([
      "active-active-3 leadTime: missed",
      "active-active-4 leadTime: met",
      "active-active-3 availability: met",
      "active-active-4 availability: met",
    ]);
    const noLoss = { ...s, faults: {} };
    expect(verdicts(noLoss).filter((v) => v.includes("leadTime"))).toEqual([
      "active-active-3 leadTime: met",
      "active-active-4 leadTime: met",
    ]);
  });
});
