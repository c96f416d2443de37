import { describe, expect, it } from "vitest";
import { ValidationError } from "../../errors";
import { DEFAULT_STAT } from "../../experiments/metric-values";
import { realisticScenario } from "../fixtures/realistic-scenario";
import type { MetricName, Objective } from "../scenario-types";
import { OBJECTIVE_STATS, objectiveLabel, statAllowed } from "./objective-stats";
import { METRIC_NAMES, validateScenario } from "./validate-scenario";

function issuesOf(slo: unknown[]) {
  try {
    validateScenario(realisticScenario({ slo: slo as Objective[] }));
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}

describe("objective statistics", () => {
  it("refuses p99 blockedRequestTime (it was silently the longest block), naming objective, stat and what is allowed", () => {
    const issues = issuesOf([
      {
        name: "p99 blockedRequestTime <= 3s",
        metric: "blockedRequestTime",
        stat: "p99",
        op: "<=",
        target: 3,
      },
    ]);
    expect(issues).toEqual([
      {
        path: "slo.0.stat",
        value: '"p99"',
        allowed:
          "for blockedRequestTime: only max (the longest block in a replication; quantiles over requests are not computed)",
        hint: 'objective "p99 blockedRequestTime <= 3s"',
      },
    ]);
  });

  it("refuses any statistic but the mean for per-replication metrics, naming the objective without a name", () => {
    const issues = issuesOf([
      { metric: "availability", stat: "p99", op: ">=", target: 0.999 },
      { metric: "lostPipelines", stat: "max", op: "<=", target: 0 },
      { metric: "cost", stat: "mean", op: "<=", target: 10 },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        path: "slo.0.stat",
        value: '"p99"',
        allowed: "for availability: only mean (one value per replication, averaged over replications)",
        hint: 'objective "p99 availability >= 0.999"',
      }),
      expect.objectContaining({
        path: "slo.1.stat",
        value: '"max"',
        hint: 'objective "max lostPipelines <= 0"',
      }),
    ]);
  });

  it("accepts mean, max and the quantiles for per-event metrics, and max for blockedRequestTime", () => {
    const slo: Objective[] = [];
    for (const metric of ["outageDuration", "interruptionRecovery", "detectionTime", "leadTime"] as const)
      for (const stat of ["mean", "max", "p50", "p90", "p95", "p99"] as const)
        slo.push({ metric, stat, op: "<=", target: 60 });
    slo.push({ metric: "blockedRequestTime", stat: "max", op: "<=", target: 3 });
    expect(issuesOf(slo)).toEqual([]);
  });

  it("still names every statistic for an unknown one", () => {
    expect(issuesOf([{ metric: "leadTime", stat: "p999", op: "<=", target: 60 }])).toEqual([
      expect.objectContaining({ path: "slo.0.stat", allowed: "one of mean, max, p50, p90, p95, p99" }),
    ]);
  });

  it("covers every metric, and accepts each metric's default statistic", () => {
    expect(Object.keys(OBJECTIVE_STATS).sort()).toEqual([...METRIC_NAMES].sort());
    for (const metric of METRIC_NAMES)
      expect(statAllowed(metric, DEFAULT_STAT[metric as MetricName]), metric).toBe(true);
    expect(statAllowed("nosuchMetric", "mean")).toBe(false);
  });

  it("labels an objective by its name, else as written", () => {
    expect(objectiveLabel({ name: "fast", metric: "leadTime", op: "<=", target: 1 })).toBe("fast");
    expect(objectiveLabel({ metric: "leadTime", stat: "p95", op: "<=", target: 3600 })).toBe(
      "p95 leadTime <= 3600",
    );
  });
});
