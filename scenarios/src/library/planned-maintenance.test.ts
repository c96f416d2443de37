/**
 * The claims of `planned-maintenance`: each weekly plugin update of the single controller costs
 * its install time plus a boot grown by its build history, as the closed form says
 * (Σ over updates of duration + E[boot] + perBuild × min(λ·t, keepBuilds)); that planned downtime
 * alone breaks 99.9 % availability, which still holds for unplanned downtime; blue-green's short
 * cut-over keeps it.
 */
import { confidenceInterval, distribution, expandTopology, runExperiment, simulate } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { loadLibraryScenario } from "./library";

const scenario = loadLibraryScenario("planned-maintenance");

describe("planned-maintenance", () => {
  it("a full restart's planned downtime follows the growing boot (closed form)", () => {
    const t = expandTopology(scenario.topologies[0]!, 0, scenario.shared);
    const change = scenario.maintenance!.changes[0]!;
    const growth = t.controllers.bootGrowth!;
    const rate = (scenario.workload.triggers[0] as { ratePerHour: number }).ratePerHour / 3600;
    // Sunday 02:00 of weeks 2…5 (the first window one week after the start): days 13, 20, 27, 34.
    const times = [13, 20, 27, 34].map((d) => d * 86_400 + 2 * 3600);
    const expected = times.reduce(
      (sum, at) =>
        sum +
        (change.duration ?? 0) +
        distribution(t.controllers.boot).mean +
        growth.perBuild * Math.min(rate * at, growth.keepBuilds!),
      0,
    );
    const planned = Array.from({ length: scenario.replications }, (_, r) => {
      const p = simulate(scenario, t, r).outages.byClass.planned!;
      return p.count * p.mean;
    });
    const ci = confidenceInterval(planned, 0.99);
    expect(expected).toBeGreaterThanOrEqual(ci.lower);
    expect(expected).toBeLessThanOrEqual(ci.upper);
  });

  it("gives the verdicts the description promises: planned downtime apart from unplanned", () => {
    const result = runExperiment({ ...scenario, replications: 8 }, { toolVersion: "test" });
    expect(result.verdicts.map((v) => `${v.topology} ${v.objective.metric}: ${v.verdict}`)).toEqual([
      "single-full-restart availability: missed",
      "active-passive-rolling availability: missed",
      "single-blue-green availability: met",
      "single-full-restart unplannedAvailability: met",
      "active-passive-rolling unplannedAvailability: met",
      "single-blue-green unplannedAvailability: met",
    ]);
  });
});
