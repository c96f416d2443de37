import { describe, expect, it } from "vitest";
import { CensoredCollector } from "../model/metrics/censored-collector";
import type { RunResult } from "../model/result-types";
import type { Objective } from "../model/scenario-types";
import { judge } from "./verdicts";

/** A replication with the given outage durations (completed) and censored ones, and `lost` pipelines. */
function run(
  replication: number,
  outages: number[],
  censored: number[] = [],
  lost = 0,
  availability = 1,
): RunResult {
  const c = new CensoredCollector();
  for (const d of outages) c.add(d);
  for (const d of censored) c.censor(d);
  const none = new CensoredCollector().summary();
  return {
    topology: "t",
    replication,
    outages: { duration: c.summary(), byClass: {}, teamDowntime: 0 },
    interruptions: { recovery: none, byClass: {} },
    incidents: { detection: none },
    pipelines: { lost, leadTime: none },
    service: { availability },
  } as unknown as RunResult;
}

const context = { seed: 1, window: 30 * 86_400 };
const objective = (o: Objective) => o;

describe("verdicts", () => {
  it("decides a target on the edge of the support by observation: one loss misses `lostPipelines <= 0`", () => {
    // Before: a t interval [−0.06, 3.06] straddled 0 and read "inconclusive, ≈33 replications to settle".
    const runs = Array.from({ length: 30 }, (_, r) => run(r, [], [], r === 3 ? 45 : 0));
    const v = judge(objective({ metric: "lostPipelines", op: "<=", target: 0 }), "t", runs, context);
    expect(v.verdict).toBe("missed");
    expect(v.note).toContain("1 of 30");
    const clean = Array.from({ length: 30 }, (_, r) => run(r, []));
    const met = judge(objective({ metric: "lostPipelines", op: "<=", target: 0 }), "t", clean, context);
    expect(met.verdict).toBe("met");
    expect(met.note).toContain("all 30 replications");
  });

  it("`availability >= 100%` is missed by a single replication below 1", () => {
    const runs = Array.from({ length: 10 }, (_, r) => run(r, [], [], 0, r === 0 ? 0.9999 : 1));
    expect(
      judge(objective({ metric: "availability", op: ">=", target: 1 }), "t", runs, context).verdict,
    ).toBe("missed");
  });

  it("no outages is not 'met 0 s': the estimate is empty and the note says what was observed", () => {
    const runs = Array.from({ length: 30 }, (_, r) => run(r, []));
    const v = judge(
      objective({ metric: "outageDuration", stat: "p99", op: "<=", target: 300 }),
      "t",
      runs,
      context,
    );
    expect(v.verdict).toBe("met");
    expect(Number.isNaN(v.estimate.mean)).toBe(true);
    expect(v.note).toMatch(/no outages in 30 × 30 d/);
    expect(v.note).toMatch(/fewer than 1 per 300 d/);
  });

  it("a p99 objective is never met because the worst outages were cut off at the horizon", () => {
    // 2,000 short outages and 40 still open after days: the completed ones alone would meet it.
    const runs = Array.from({ length: 20 }, (_, r) =>
      run(
        r,
        Array.from({ length: 100 }, (_, i) => 30 + ((i * 7 + r) % 60)),
        [86_400 * (1 + (r % 3)), 50_000],
      ),
    );
    const v = judge(
      objective({ metric: "outageDuration", stat: "p99", op: "<=", target: 300 }),
      "t",
      runs,
      context,
    );
    expect(v.verdict).not.toBe("met");
    expect(v.note).toContain("40 still open at the horizon");
  });

  it("intervals of counts never go below zero", () => {
    const runs = Array.from({ length: 30 }, (_, r) => run(r, [], [], r % 10 === 0 ? 15 : 0));
    const v = judge(objective({ metric: "lostPipelines", op: "<=", target: 5 }), "t", runs, context);
    expect(v.estimate.lower).toBeGreaterThanOrEqual(0);
  });
});
