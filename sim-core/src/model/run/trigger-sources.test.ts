import { describe, expect, it } from "vitest";
import { confidenceInterval } from "../../stats/interval";
import { expandTopology } from "../expand-topology";
import type { Scenario, TriggerSpec } from "../scenario-types";
import { simulate } from "../simulate";
import { validateScenario } from "../validation/validate-scenario";

function triggered(trigger: TriggerSpec, days: number, replications = 6): number[] {
  const s: Scenario = validateScenario({
    name: "triggers",
    seed: 3,
    horizon: days * 86_400,
    replications,
    workload: {
      teams: 4,
      triggers: [trigger],
      pipeline: { stages: [{ name: "a", duration: { kind: "deterministic", value: 1 } }] },
    },
    faults: {},
    topologies: [{ preset: "single" }],
    slo: [],
  });
  const t = expandTopology(s.topologies[0]!, 0);
  return Array.from(
    { length: replications },
    (_, r) => simulate(s, t, r, { faultsOn: false }).pipelines.triggered,
  );
}

describe("trigger sources", () => {
  it("poisson: the count matches rate × time within the interval", () => {
    const ci = confidenceInterval(triggered({ kind: "poisson", ratePerHour: 30 }, 20));
    expect(Math.abs(ci.mean - 30 * 24 * 20)).toBeLessThan(Math.max(ci.halfWidth, 0.01 * 14_400));
  });

  it("business hours: only inside 9–17 on 5 of 7 days", () => {
    // 4 weeks: 20 business days × 8 h × 60/h = 9,600 expected.
    const ci = confidenceInterval(triggered({ kind: "business-hours", ratePerHour: 60 }, 28));
    expect(Math.abs(ci.mean - 9_600)).toBeLessThan(Math.max(ci.halfWidth, 0.01 * 9_600));
  });

  it("bursts: size × the burst rate", () => {
    const ci = confidenceInterval(triggered({ kind: "burst", meanInterval: 3_600, size: 10 }, 20));
    expect(Math.abs(ci.mean - 10 * 24 * 20)).toBeLessThan(Math.max(ci.halfWidth, 0.02 * 4_800));
  });
});
