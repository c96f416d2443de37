/**
 * Developer-facing feedback (lost commits never get feedback) and the node-loss timings of the
 * sources (pods declared lost at eviction; a vanished agent VM noticed by its ping).
 */
import { describe, expect, it } from "vitest";
import { judge } from "../../experiments/verdicts";
import { expandTopology } from "../expand-topology";
import type { FaultSpec, Scenario, TopologySpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

function scenario(topology: TopologySpec, faults: FaultSpec, horizon = 8 * 3600): Scenario {
  return validateScenario({
    name: "feedback",
    seed: 5,
    horizon,
    replications: 1,
    workload: {
      teams: 10,
      triggers: [{ kind: "poisson", ratePerHour: 40 }],
      pipeline: { stages: [{ name: "build", duration: { kind: "uniform", min: 600, max: 900 } }] },
    },
    faults,
    topologies: [topology],
    slo: [],
  });
}
const run = (s: Scenario, r = 0) => simulate(s, expandTopology(s.topologies[0]!, 0), r);

describe("feedback time", () => {
  it("counts lost commits as never getting feedback, so a single controller's outage misses a feedback objective", () => {
    // One controller down for an hour, triggers not redelivered: about 40 commits lost.
    const s = scenario(
      { preset: "single" },
      { chaos: [{ at: 3600, target: "controller-0", kind: "down", duration: 3600 }] },
    );
    const runs = [0, 1, 2].map((r) => run(s, r));
    for (const r of runs) {
      expect(r.pipelines.lost).toBeGreaterThan(10);
      expect(r.pipelines.feedbackTime.never).toBe(r.pipelines.lost);
      // The lead time of succeeded pipelines alone does not see them.
      expect(r.pipelines.leadTime.max).toBeLessThan(3 * 3600);
    }
    const v = judge({ metric: "feedbackTime", stat: "p90", op: "<=", target: 1800 }, "single", runs, {
      seed: 1,
      window: 8 * 3600,
    });
    expect(v.verdict).toBe("missed");
    expect(v.note).toMatch(/lost commits never got feedback/);
  });

  it("right-censors pipelines still running at the horizon", () => {
    const r = run(scenario({ preset: "cloud-native" }, {}, 4 * 3600));
    expect(r.pipelines.feedbackTime.censored.length).toBe(r.pipelines.stillRunning);
    expect(r.pipelines.stillRunning).toBeGreaterThan(0);
  });
});

describe("node-loss timings from the sources", () => {
  it("a pod on a lost node is declared lost only at eviction (grace + toleration ≈ 350 s)", () => {
    const s = scenario(
      { preset: "cloud-native" },
      { chaos: [{ at: 3600, target: "node-0", kind: "down", duration: 7200 }] },
    );
    const r = run(s);
    const node = r.incidents.sample.find((i) => i.component === "node-0")!;
    expect(node.blastPipelines).toBeGreaterThan(0);
    const recovery = r.interruptions.byClass.node!;
    expect(recovery.count).toBeGreaterThan(0);
    expect(recovery.p50).toBeGreaterThanOrEqual(350);
  });
});
