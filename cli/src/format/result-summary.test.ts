/** The terminal summary: outage and interruption p50 / p99 with censored counts, verdict notes. */
import type { ExperimentResult, Interval, ObjectiveVerdict, TopologySummary } from "@resilab/sim-core";
import { describe, expect, it } from "vitest";
import { HEADLINE_DIFFERENCES, p50p99, resultSummary, verdictTable } from "./result-summary";

const iv = (mean: number, half = 0, upper = mean + half): Interval => ({
  mean,
  halfWidth: half,
  lower: mean - half,
  upper,
  n: 30,
  level: 0.95,
});

function pooled(
  count: number,
  p50: number,
  p99: Interval,
  censored = 0,
  never = 0,
): TopologySummary["outages"] {
  return {
    summary: {
      count,
      mean: p50,
      max: p99.mean,
      p50,
      p90: p50,
      p95: p50,
      p99: p99.mean,
      histogram: { bounds: [], counts: [] },
    },
    censored,
    never,
    p50: iv(p50),
    p90: iv(p50),
    p99,
    byClass: [],
  };
}

const single = {
  topology: "single",
  metrics: { availability: iv(0.995, 0.001), lostPipelines: iv(2), cost: iv(2.1) },
  outages: pooled(40, 1320, iv(7200, 1800, Number.POSITIVE_INFINITY), 3),
  interruptions: pooled(120, 10, iv(45, 5), 0, 4),
} as unknown as TopologySummary;
const replicas = {
  topology: "active-active",
  metrics: { availability: iv(0.9999, 0.00005), lostPipelines: iv(0), cost: iv(6.8) },
  outages: pooled(0, Number.NaN, iv(Number.NaN)),
  interruptions: pooled(80, 12, iv(30, 4)),
} as unknown as TopologySummary;

describe("the topology table", () => {
  it("shows outage and interruption p50 / p99, with how many were censored or never recovered", () => {
    expect(p50p99(single.outages)).toBe("22 min / 2 h (3 censored)");
    expect(p50p99(single.interruptions)).toBe("10 s / 45 s (4 never)");
    expect(p50p99(replicas.outages)).toBe("none");
    const text = resultSummary(
      {
        scenario: { name: "demo", hash: "abc", description: null },
        seed: 1,
        tool: { name: "resilab", version: "0.1.0" },
        replications: 30,
        horizon: 2_592_000,
        topologies: [single, replicas],
        verdicts: [],
        differences: [],
        runs: [],
      } as unknown as ExperimentResult,
      false,
    );
    expect(text).toMatch(
      /topology\s+availability \[95% CI\]\s+outage p50 \/ p99\s+interruption recovery p50 \/ p99\s+lost\s+cost/,
    );
    expect(text).toContain("22 min / 2 h (3 censored)");
    expect(text).not.toMatch(/\s0 s \//);
  });

  it("compares outages, availability and cost in the headline differences", () => {
    expect(HEADLINE_DIFFERENCES).toEqual(["outageDuration", "availability", "cost"]);
  });
});

describe("the verdict table", () => {
  const verdict = (estimate: Interval, note: string | null): ObjectiveVerdict => ({
    objective: { metric: "outageDuration", stat: "p99", op: "<=", target: 300 },
    name: "p99 outageDuration <= 5m",
    topology: "single",
    verdict: "missed",
    estimate,
    replicationsNeeded: null,
    note,
  });

  it("shows the note beside the estimate, ∞ for an unbounded upper bound, and never 0 s for no events", () => {
    const text = verdictTable([
      verdict(iv(7200, 1800, Number.POSITIVE_INFINITY), "3 outages still open at the horizon (censored)"),
      verdict(iv(Number.NaN), "no outages in 30 × 30 d (rate < 1 per 300 d, 95 %)"),
    ]);
    expect(text).toMatch(/2 h \[1\.5 h, ∞\)\s+3 outages still open at the horizon \(censored\)/);
    expect(text).toMatch(/–\s+no outages in 30 × 30 d/);
    expect(text).not.toMatch(/\b0 s\b/);
  });
});
