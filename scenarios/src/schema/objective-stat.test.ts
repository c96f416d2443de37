/**
 * Every objective's statistic is one its metric computes, or the file is refused at load with
 * file:line:column, the objective, the statistic and what that metric allows.
 */
import { describe, expect, it } from "vitest";
import { loadScenario, tryLoadScenario } from "../load/load-scenario";
import { variant } from "../load/test-scenario";
import { parseObjectiveText } from "./objective-text";

const BLOCKED_ALLOWED =
  "for blockedRequestTime: only max (the longest block in a replication; quantiles over requests are not computed)";

function issuesOf(text: string) {
  const result = tryLoadScenario(text, "demo.yaml");
  if (result.ok) throw new Error("expected the scenario to be rejected");
  return result.error.issues;
}

describe("objective statistics at load", () => {
  it("refuses the line p99 blockedRequestTime (it was computed as the longest block)", () => {
    expect(parseObjectiveText("p99 blockedRequestTime <= 3s")).toEqual([
      {
        field: "stat",
        value: "p99",
        allowed: BLOCKED_ALLOWED,
        hint: 'objective "p99 blockedRequestTime <= 3s"',
      },
    ]);
    const text = variant("availability >= 99.9%", "p99 blockedRequestTime <= 3s");
    expect(issuesOf(text)).toEqual([
      expect.objectContaining({
        path: "slo.1",
        line: 31,
        column: 5,
        value: '"p99"',
        allowed: `stat: ${BLOCKED_ALLOWED}`,
        hint: 'objective "p99 blockedRequestTime <= 3s"',
      }),
    ]);
    expect(() => loadScenario(text, "demo.yaml")).toThrow(
      'demo.yaml:31:5: slo.1: got "p99"; allowed: stat: for blockedRequestTime',
    );
  });

  it("refuses a statistic other than the mean for a per-replication metric, in a line or an object", () => {
    expect(parseObjectiveText("max availability >= 99.9%")).toEqual([
      expect.objectContaining({
        field: "stat",
        value: "max",
        allowed: "for availability: only mean (one value per replication, averaged over replications)",
      }),
    ]);
    const object = variant(
      "availability >= 99.9%",
      "{metric: lostPipelines, stat: p95, op: '<=', target: 0}",
    );
    expect(issuesOf(object)).toEqual([
      expect.objectContaining({
        path: "slo.1.stat",
        line: 31,
        value: '"p95"',
        allowed: "for lostPipelines: only mean (one value per replication, averaged over replications)",
        hint: 'objective "p95 lostPipelines <= 0"',
      }),
    ]);
  });

  it("accepts what each metric computes", () => {
    for (const line of [
      "max blockedRequestTime <= 3s",
      "blockedRequestTime <= 3s",
      "p95 leadTime <= 1h",
      "max detectionTime <= 5m",
      "mean availability >= 99%",
      "throughput >= 10/h",
    ])
      expect(Array.isArray(parseObjectiveText(line)), line).toBe(false);
    const object = variant(
      "availability >= 99.9%",
      "{metric: blockedRequestTime, stat: max, op: '<=', target: 3s}",
    );
    expect(loadScenario(object, "demo.yaml").slo[1]).toEqual({
      metric: "blockedRequestTime",
      stat: "max",
      op: "<=",
      target: 3,
    });
  });
});
